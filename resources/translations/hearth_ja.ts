<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>fits</source>
        <translation>収まる</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>ぎりぎり</translation>
    </message>
    <message>
        <source>too big</source>
        <translation>大きすぎ</translation>
    </message>
    <message>
        <source>Fit for this computer: {verdict}</source>
        <translation>このコンピューターへの適合度: {verdict}</translation>
    </message>
    <message>
        <source>Your own ChatGPT, on your own computer.</source>
        <translation>あなた専用の ChatGPT を、あなたのコンピューターで。</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} について</translation>
    </message>
    <message>
        <source>About sections</source>
        <translation>バージョン情報のセクション</translation>
    </message>
    <message>
        <source>Choose what to read: Hearth&apos;s versions, its llama.cpp build, licences</source>
        <translation>表示する内容を選びます: Hearth のバージョン、llama.cpp のビルド、ライセンス</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <source>Copy versions and build details, for a bug report</source>
        <translation>バグ報告用に、バージョンとビルドの詳細をコピーします</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>このダイアログを閉じます</translation>
    </message>
    <message>
        <source>{app} icon</source>
        <translation>{app} のアイコン</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>(bundled app)</source>
        <translation>(バンドル版アプリ)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <source>System</source>
        <comment>operating system</comment>
        <translation>OS</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>GPU backend</source>
        <translation>GPU バックエンド</translation>
    </message>
    <message>
        <source>llama.cpp could not be loaded: {error}</source>
        <translation>llama.cpp を読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>CPU features</source>
        <translation>CPU 機能</translation>
    </message>
    <message>
        <source>CPU build</source>
        <translation>CPU ビルド</translation>
    </message>
    <message>
        <source>None: runs on the CPU</source>
        <translation>なし: CPU で実行します</translation>
    </message>
    <message>
        <source>baseline only</source>
        <translation>基本命令のみ</translation>
    </message>
    <message>
        <source>(with {options})</source>
        <translation>({options} 付き)</translation>
    </message>
    <message>
        <source>Portable: {count} CPU variants, the best one loaded ({variants})</source>
        <translation>ポータブル: {count} 種類の CPU バリアントのうち最適なものを読み込み済み ({variants})</translation>
    </message>
    <message>
        <source>One CPU backend: it needs a processor with every feature listed above</source>
        <translation>単一の CPU バックエンド: 上記のすべての機能を備えたプロセッサーが必要です</translation>
    </message>
    <message>
        <source>llama.cpp system info</source>
        <translation>llama.cpp のシステム情報</translation>
    </message>
    <message>
        <source>The line llama.cpp prints about the system it runs on</source>
        <translation>llama.cpp が実行中のシステムについて出力する行</translation>
    </message>
    <message>
        <source>System info, as llama.cpp reports it:</source>
        <translation>llama.cpp が報告するシステム情報:</translation>
    </message>
    <message>
        <source>The licences of Hearth, the software it is built on, and the model</source>
        <translation>Hearth、その基盤となるソフトウェア、およびモデルのライセンス</translation>
    </message>
    <message>
        <source>Licence to read</source>
        <translation>表示するライセンス</translation>
    </message>
    <message>
        <source>Choose the licence whose full text is shown below</source>
        <translation>下に全文を表示するライセンスを選びます</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>ライセンス本文</translation>
    </message>
    <message>
        <source>The full text of the chosen licence</source>
        <translation>選んだライセンスの全文</translation>
    </message>
    <message>
        <source>Full text:</source>
        <translation>全文:</translation>
    </message>
    <message>
        <source>Hearth and the software it is built on:</source>
        <translation>Hearth とその基盤となるソフトウェア:</translation>
    </message>
    <message>
        <source>no model is loaded.</source>
        <translation>モデルが読み込まれていません。</translation>
    </message>
    <message>
        <source>{name} does not state a licence in its file; check the terms where you got it.</source>
        <translation>{name} のファイルにはライセンスが記載されていません。入手元で利用条件を確認してください。</translation>
    </message>
    <message>
        <source>{name} is under “{licence}”, as its file states. Its terms apply to what you do with it.</source>
        <translation>{name} は、ファイルの記載によると「{licence}」の下で提供されています。このモデルを使って行うことには、その利用条件が適用されます。</translation>
    </message>
    <message>
        <source>A reply was interrupted when Hearth last closed; it is kept as it was.</source>
        <translation>前回 Hearth を閉じたときに返答が 1 件中断されました。そのままの状態で保存されています。</translation>
    </message>
    <message>
        <source>{count} replies were interrupted when Hearth last closed; they are kept as they were.</source>
        <translation>前回 Hearth を閉じたときに返答が {count} 件中断されました。そのままの状態で保存されています。</translation>
    </message>
    <message>
        <source>The data folder is read-only: your chats can be read, but nothing new is saved.</source>
        <translation>データフォルダーが読み取り専用です。チャットは読めますが、新しい内容は保存されません。</translation>
    </message>
    <message>
        <source>Hearth cannot start: {error}</source>
        <translation>Hearth を起動できません: {error}</translation>
    </message>
    <message>
        <source>This model cannot see images: choose a vision model (an eye in the model list)</source>
        <translation>このモデルは画像を認識できません。ビジョンモデル (モデル選択で目のアイコンが付いたもの) を選んでください</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Write your message here: Enter sends it, Shift+Enter starts a new line.</source>
        <translation>ここにメッセージを入力します。Enter で送信、Shift+Enter で改行します。</translation>
    </message>
    <message>
        <source>Message Hearth…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>Hearth にメッセージ…  (Enter で送信、Shift+Enter で改行)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>編集をキャンセル</translation>
    </message>
    <message>
        <source>Leaves the edit: the message stays as it was.</source>
        <translation>編集を終了します。メッセージは元のままです。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove pasted text</source>
        <translation>貼り付けたテキストを削除</translation>
    </message>
    <message>
        <source>Takes the attached pasted text off the message.</source>
        <translation>メッセージに添付された貼り付けテキストを取り除きます。</translation>
    </message>
    <message>
        <source>Attach an image</source>
        <translation>画像を添付</translation>
    </message>
    <message>
        <source>Chooses images to send with the message, for a model that can see them.</source>
        <translation>メッセージと一緒に送る画像を選びます (画像を認識できるモデル用)。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Sends the message to the model.</source>
        <translation>メッセージをモデルに送信します。</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>画像を添付</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stops the reply being written.</source>
        <translation>書き込み中の返答を停止します。</translation>
    </message>
    <message>
        <source>Pasted text attached: {characters} characters, {lines} lines; it is sent with your message.</source>
        <translation>貼り付けたテキストが添付されています: {characters} 文字、{lines} 行。メッセージと一緒に送信されます。</translation>
    </message>
    <message>
        <source>Editing a message: sending makes a new version; the old one is kept.</source>
        <translation>メッセージを編集中: 送信すると新しいバージョンが作成され、古いバージョンも残ります。</translation>
    </message>
    <message>
        <source>Wait a moment: an image is still being read.</source>
        <translation>しばらくお待ちください。画像をまだ読み取っています。</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>チャットの名前を変更</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <source>Chat deleted.</source>
        <translation>チャットを削除しました。</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>the pasted image</source>
        <translation>貼り付けた画像</translation>
    </message>
    <message>
        <source>Not attached: {reason}</source>
        <translation>添付できませんでした: {reason}</translation>
    </message>
    <message>
        <source>Not attached: cannot read {name} ({error})</source>
        <translation>添付できませんでした: {name} を読み取れません ({error})</translation>
    </message>
    <message>
        <source>Not attached: {name} could not be read ({error})</source>
        <translation>添付できませんでした: {name} を読み取れませんでした ({error})</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読込中…</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>画像を読み取り中…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>画像を削除</translation>
    </message>
    <message>
        <source>Takes this image off the message.</source>
        <translation>この画像をメッセージから取り除きます。</translation>
    </message>
    <message>
        <source>Image missing</source>
        <translation>画像なし</translation>
    </message>
    <message>
        <source>Attached images</source>
        <translation>添付された画像</translation>
    </message>
    <message>
        <source>The images that go with the message; each can be taken off.</source>
        <translation>メッセージと一緒に送る画像です。それぞれ削除できます。</translation>
    </message>
    <message>
        <source>Searching {collections}…</source>
        <translation>{collections} を検索中…</translation>
    </message>
    <message>
        <source>Found {passages} in {collections}; reading them…</source>
        <translation>{collections} で {passages}が見つかりました。読み込んでいます…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新しいコレクション</translation>
    </message>
    <message>
        <source>Name the collection (say, “Work notes”):</source>
        <translation>コレクションの名前を入力してください (例: 「仕事のメモ」):</translation>
    </message>
    <message>
        <source>There is already a collection named {name}: its menu (⋯) adds folders and files to it.</source>
        <translation>{name} という名前のコレクションはすでにあります。そのメニュー (⋯) からフォルダーやファイルを追加できます。</translation>
    </message>
    <message>
        <source>A folder for {name}</source>
        <translation>{name} のフォルダー</translation>
    </message>
    <message>
        <source>Add a folder to {name}</source>
        <translation>{name} にフォルダーを追加</translation>
    </message>
    <message>
        <source>Add files to {name}</source>
        <translation>{name} にファイルを追加</translation>
    </message>
    <message>
        <source>Indexing {name}… you can go on chatting meanwhile.</source>
        <translation>{name} のインデックスを作成中… その間もチャットを続けられます。</translation>
    </message>
    <message>
        <source>partly indexed</source>
        <translation>一部のみインデックス作成済み</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Problems in {name}</source>
        <translation>{name} の問題</translation>
    </message>
    <message>
        <source>{count} file was skipped</source>
        <translation>{count} 個のファイルがスキップされました</translation>
    </message>
    <message>
        <source>{count} files were skipped</source>
        <translation>{count} 個のファイルがスキップされました</translation>
    </message>
    <message>
        <source>{count} only partly indexed</source>
        <translation>{count} 個は一部のみインデックスが作成されました</translation>
    </message>
    <message>
        <source>{skipped} and {partial}</source>
        <translation>{skipped}。{partial}</translation>
    </message>
    <message>
        <source>No problems: every file was indexed.</source>
        <translation>問題はありません。すべてのファイルのインデックスを作成しました。</translation>
    </message>
    <message>
        <source>{problems}. Fix the file and choose Refresh to index it again.</source>
        <translation>{problems}。ファイルを修正し、「更新」を選ぶともう一度インデックスを作成します。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>The files that were skipped or only partly indexed, and why.</source>
        <translation>スキップされたファイル、または一部のみインデックスが作成されたファイルとその理由。</translation>
    </message>
    <message>
        <source>Closes the list of problems.</source>
        <translation>問題の一覧を閉じます。</translation>
    </message>
    <message>
        <source>Remove {name} from Hearth?

Its one indexed file is not touched: only Hearth&apos;s index is deleted. Replies that cited it keep the passages they quoted.</source>
        <translation>{name} を Hearth から削除しますか？

インデックス作成済みのファイル 1 個には手を加えません。削除されるのは Hearth のインデックスだけです。このコレクションを引用した返答には、引用した抜粋が残ります。</translation>
    </message>
    <message>
        <source>Remove {name} from Hearth?

Its {count} indexed files are not touched: only Hearth&apos;s index is deleted. Replies that cited it keep the passages they quoted.</source>
        <translation>{name} を Hearth から削除しますか？

インデックス作成済みのファイル {count} 個には手を加えません。削除されるのは Hearth のインデックスだけです。このコレクションを引用した返答には、引用した抜粋が残ります。</translation>
    </message>
    <message>
        <source>Remove {name} from Hearth?

Its files are not touched: only Hearth&apos;s index is deleted. Replies that cited it keep the passages they quoted.</source>
        <translation>{name} を Hearth から削除しますか？

ファイル自体には手を加えません。削除されるのは Hearth のインデックスだけです。このコレクションを引用した返答には、引用した抜粋が残ります。</translation>
    </message>
    <message>
        <source>Remove collection</source>
        <translation>コレクションを削除</translation>
    </message>
    <message>
        <source>{count} file indexed</source>
        <translation>{count} 個のファイルをインデックス作成</translation>
    </message>
    <message>
        <source>{count} files indexed</source>
        <translation>{count} 個のファイルをインデックス作成</translation>
    </message>
    <message>
        <source>{count} gone from disk</source>
        <translation>{count} 個はディスクから削除済み</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>{count} 個をスキップ</translation>
    </message>
    <message>
        <source>up to date ({count} file)</source>
        <translation>最新の状態 ({count} 個のファイル)</translation>
    </message>
    <message>
        <source>up to date ({count} files)</source>
        <translation>最新の状態 ({count} 個のファイル)</translation>
    </message>
    <message>
        <source>{collection}: {outcome}</source>
        <translation>{collection}: {outcome}</translation>
    </message>
    <message>
        <source>{collection}: indexing stopped; {count} file done</source>
        <translation>{collection}: インデックス作成を停止しました。{count} 個のファイルが完了</translation>
    </message>
    <message>
        <source>{collection}: indexing stopped; {count} files done</source>
        <translation>{collection}: インデックス作成を停止しました。{count} 個のファイルが完了</translation>
    </message>
    <message>
        <source>{outcome} — searched by keywords only ({reason})</source>
        <translation>{outcome} — キーワードのみで検索します ({reason})</translation>
    </message>
    <message>
        <source>{name} is still being removed: try again in a moment</source>
        <translation>{name} はまだ削除中です。しばらくしてからもう一度お試しください</translation>
    </message>
    <message>
        <source>{name}: indexing failed: {error}</source>
        <translation>{name}: インデックス作成に失敗しました: {error}</translation>
    </message>
    <message>
        <source>Removed {name} from Hearth; its files are untouched.</source>
        <translation>{name} を Hearth から削除しました。ファイル自体はそのままです。</translation>
    </message>
    <message>
        <source>No document collections yet: add a folder under Documents in the sidebar.</source>
        <translation>ドキュメントのコレクションはまだありません。サイドバーの「ドキュメント」からフォルダーを追加してください。</translation>
    </message>
    <message>
        <source>Docs: {collections}</source>
        <translation>ドキュメント: {collections}</translation>
    </message>
    <message>
        <source>Chooses the document collections this chat answers from.</source>
        <translation>このチャットが回答に使うドキュメントのコレクションを選びます。</translation>
    </message>
    <message>
        <source>Answer from these collections:</source>
        <translation>次のコレクションから回答:</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>新しいコレクション…</translation>
    </message>
    <message>
        <source>This chat answers from {collections}, citing the passages it uses</source>
        <translation>このチャットは {collections} から回答し、使った抜粋を引用します</translation>
    </message>
    <message>
        <source>Answer from your documents: choose the collections this chat searches</source>
        <translation>ドキュメントから回答: このチャットが検索するコレクションを選びます</translation>
    </message>
    <message>
        <source>{count} file</source>
        <translation>{count} 個のファイル</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation>{count} 個のファイル</translation>
    </message>
    <message>
        <source>{count} passage</source>
        <translation>{count} 件の抜粋</translation>
    </message>
    <message>
        <source>{count} passages</source>
        <translation>{count} 件の抜粋</translation>
    </message>
    <message>
        <source>{count} problem</source>
        <translation>{count} 件の問題</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>{count} 件の問題</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>残り約 {seconds} 秒</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>残り約 {minutes} 分</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>残り約 {hours} 時間</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>ファイルを探しています…</translation>
    </message>
    <message>
        <source>Embedding {done} of {total} passages</source>
        <translation>抜粋を埋め込み中: {done} / {total}</translation>
    </message>
    <message>
        <source>{done} of {files}</source>
        <translation>{done} / {files}</translation>
    </message>
    <message>
        <source>No folders or files yet</source>
        <translation>フォルダーやファイルはまだありません</translation>
    </message>
    <message>
        <source>Not indexed yet</source>
        <translation>まだインデックスが作成されていません</translation>
    </message>
    <message>
        <source>{name}: menu</source>
        <translation>{name}: メニュー</translation>
    </message>
    <message>
        <source>Opens this collection&apos;s menu.</source>
        <translation>このコレクションのメニューを開きます。</translation>
    </message>
    <message>
        <source>Add folders or files, refresh, problems, remove</source>
        <translation>フォルダーやファイルの追加、更新、問題の表示、削除</translation>
    </message>
    <message>
        <source>Files skipped or only partly indexed: Show problems… in its menu says why</source>
        <translation>スキップされたか、一部のみインデックスが作成されたファイルがあります。理由はメニューの「問題を表示…」で確認できます</translation>
    </message>
    <message>
        <source>Collection {name}</source>
        <translation>コレクション {name}</translation>
    </message>
    <message>
        <source>Waiting to check for changes…</source>
        <translation>変更の確認を待機中…</translation>
    </message>
    <message>
        <source>Waiting to be indexed…</source>
        <translation>インデックス作成を待機中…</translation>
    </message>
    <message>
        <source>Shows or hides your document collections.</source>
        <translation>ドキュメントのコレクションを表示または非表示にします。</translation>
    </message>
    <message>
        <source>Show or hide your document collections</source>
        <translation>ドキュメントのコレクションを表示/非表示</translation>
    </message>
    <message>
        <source>Makes a new collection of a folder or files to chat with.</source>
        <translation>チャットで使うフォルダーやファイルから、新しいコレクションを作成します。</translation>
    </message>
    <message>
        <source>New collection… (a folder or files to chat with)</source>
        <translation>新しいコレクション… (チャットで使うフォルダーやファイル)</translation>
    </message>
    <message>
        <source>Add a folder to chat with your documents: Hearth answers from them, citing its sources.</source>
        <translation>フォルダーを追加して、ドキュメントとチャットしましょう。Hearth はドキュメントをもとに、出典を引用しながら回答します。</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>フォルダーを追加</translation>
    </message>
    <message>
        <source>Makes your first collection, of a folder to chat with.</source>
        <translation>チャットに使うフォルダーから、最初のコレクションを作成します。</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>Your document collections: each row has its own menu.</source>
        <translation>ドキュメントのコレクションです。各行に専用のメニューがあります。</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translation>インデックス作成を停止</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Show problems…</source>
        <translation>問題を表示…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Chat with models on another computer: vLLM, llama-server, Ollama, LM Studio or another Hearth. Messages to a remote engine leave this computer. API keys are kept in the OS keychain (or read from an environment variable), never in Hearth&apos;s files.</source>
        <translation>別のコンピューター上のモデルとチャットします: vLLM、llama-server、Ollama、LM Studio、または別の Hearth。リモートエンジンへのメッセージはこのコンピューターの外に送られます。API キーは OS のキーチェーンに保存され (または環境変数から読み込まれ)、Hearth のファイルに保存されることはありません。</translation>
    </message>
    <message>
        <source>key in keychain</source>
        <translation>キーはキーチェーン内</translation>
    </message>
    <message>
        <source>key from {variable}</source>
        <translation>キーは {variable} から</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>キーなし</translation>
    </message>
    <message>
        <source>no models</source>
        <translation>モデルなし</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>モデル 1 個</translation>
    </message>
    <message>
        <source>{count} models</source>
        <translation>モデル {count} 個</translation>
    </message>
    <message>
        <source>Remote engines</source>
        <translation>リモートエンジン</translation>
    </message>
    <message>
        <source>The remote engines added, with their address, key and state</source>
        <translation>追加したリモートエンジンと、そのアドレス、キー、状態</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Selected engine</source>
        <translation>選択したエンジン</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Ask the selected engine (or every engine) for its models again</source>
        <translation>選択したエンジン (またはすべてのエンジン) にモデルを再度問い合わせます</translation>
    </message>
    <message>
        <source>Forget the selected engine and its API key</source>
        <translation>選択したエンジンとその API キーを削除します</translation>
    </message>
    <message>
        <source>Add an engine</source>
        <translation>エンジンを追加</translation>
    </message>
    <message>
        <source>optional: kept in the OS keychain</source>
        <translation>任意: OS のキーチェーンに保存されます</translation>
    </message>
    <message>
        <source>Read the key from an environment variable:</source>
        <translation>環境変数からキーを読み込む:</translation>
    </message>
    <message>
        <source>Read the key from an environment variable</source>
        <translation>環境変数からキーを読み込む</translation>
    </message>
    <message>
        <source>Take the API key from the environment variable named beside</source>
        <translation>横に入力した名前の環境変数から API キーを取得します</translation>
    </message>
    <message>
        <source>optional: for a server with its own certificate</source>
        <translation>任意: 独自の証明書を使うサーバー用</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Browse for a CA bundle</source>
        <translation>CA バンドルを参照</translation>
    </message>
    <message>
        <source>Choose the certificate file the server&apos;s certificate is checked against</source>
        <translation>サーバーの証明書の検証に使う証明書ファイルを選びます</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add the engine described above and check it</source>
        <translation>上で指定したエンジンを追加して確認します</translation>
    </message>
    <message>
        <source>Engines message</source>
        <translation>エンジンに関するメッセージ</translation>
    </message>
    <message>
        <source>The name the engine is shown under in the model picker</source>
        <translation>モデル選択でこのエンジンを表示する名前</translation>
    </message>
    <message>
        <source>The engine&apos;s OpenAI-compatible address, such as http://host:8000/v1</source>
        <translation>エンジンの OpenAI 互換アドレス (例: http://host:8000/v1)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>The engine&apos;s API key, if it needs one</source>
        <translation>エンジンの API キー (必要な場合)</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>The environment variable that holds the API key</source>
        <translation>API キーを保持している環境変数</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA バンドル</translation>
    </message>
    <message>
        <source>A certificate file for a server with its own certificate</source>
        <translation>独自の証明書を使うサーバー用の証明書ファイル</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>CA bundle: {path}</source>
        <translation>CA バンドル: {path}</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>{name} cannot be asked: {error}</source>
        <translation>{name} に問い合わせできません: {error}</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>there is no CA bundle at {path}</source>
        <translation>{path} に CA バンドルがありません</translation>
    </message>
    <message>
        <source>name the environment variable that holds the key (letters, digits and &apos;_&apos;, e.g. GPU_BOX_KEY)</source>
        <translation>キーを保持している環境変数の名前を指定してください (英字、数字、&apos;_&apos;。例: GPU_BOX_KEY)</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>{name} を追加しました。</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} を削除しました。</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>チャットをエクスポート</translation>
    </message>
    <message>
        <source>Not exported: {error}</source>
        <translation>エクスポートできませんでした: {error}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>{path} にエクスポートしました</translation>
    </message>
    <message>
        <source>Import chat</source>
        <translation>チャットをインポート</translation>
    </message>
    <message>
        <source>Hearth chat</source>
        <translation>Hearth チャット</translation>
    </message>
    <message>
        <source>Not imported: {name} is not a text file</source>
        <translation>インポートできませんでした: {name} はテキストファイルではありません</translation>
    </message>
    <message>
        <source>Not imported: {error}</source>
        <translation>インポートできませんでした: {error}</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} をインポートしました</translation>
    </message>
    <message>
        <source>Export feedback as SFT data</source>
        <translation>フィードバックを SFT データとしてエクスポート</translation>
    </message>
    <message>
        <source>Export feedback as preference data</source>
        <translation>フィードバックを選好データとしてエクスポート</translation>
    </message>
    <message>
        <source>{count} SFT records written to {path}</source>
        <translation>{count} 件の SFT レコードを {path} に書き込みました</translation>
    </message>
    <message>
        <source>{count} preference records written to {path}</source>
        <translation>{count} 件の選好レコードを {path} に書き込みました</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Opens the settings of Hearth and of this chat.</source>
        <translation>Hearth とこのチャットの設定を開きます。</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Shows the models page: download, find and manage models.</source>
        <translation>モデルのページを表示します。モデルのダウンロード、検索、管理ができます。</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Choose a model to start chatting.</source>
        <translation>チャットを始めるには、モデルを選んでください。</translation>
    </message>
    <message>
        <source>Not enough memory</source>
        <translation>メモリが足りません</translation>
    </message>
    <message>
        <source>Load it anyway?</source>
        <translation>それでも読み込みますか？</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>GGUF モデルを開く</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>GGUF モデル</translation>
    </message>
    <message>
        <source>cannot load {path}: {error}</source>
        <translation>{path} を読み込めません: {error}</translation>
    </message>
    <message>
        <source>Loading the model… you can start typing.</source>
        <translation>モデルを読み込み中… 入力を始めてもかまいません。</translation>
    </message>
    <message>
        <source>The model could not be loaded: choose another one.</source>
        <translation>モデルを読み込めませんでした。別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>{message} — still using {model}.</source>
        <translation>{message} — 引き続き {model} を使用します。</translation>
    </message>
    <message>
        <source>Open another GGUF file, or download a model.</source>
        <translation>別の GGUF ファイルを開くか、モデルをダウンロードしてください。</translation>
    </message>
    <message>
        <source>Source {number}: {where}</source>
        <translation>出典 {number}: {where}</translation>
    </message>
    <message>
        <source>This reply cites [{number}], but it was given no source {number}</source>
        <translation>この返答は [{number}] を引用していますが、出典 {number} は与えられていません</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Nothing to export yet: this chat is empty.</source>
        <translation>まだエクスポートするものがありません。このチャットは空です。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>新しいチャット(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import chat…</source>
        <translation>チャットをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Export chat as &amp;Markdown…</source>
        <translation>チャットを Markdown でエクスポート(&amp;M)…</translation>
    </message>
    <message>
        <source>Export chat as &amp;JSON…</source>
        <translation>チャットを JSON でエクスポート(&amp;J)…</translation>
    </message>
    <message>
        <source>Export feedback as &amp;SFT data…</source>
        <translation>フィードバックを SFT データとしてエクスポート(&amp;S)…</translation>
    </message>
    <message>
        <source>Export feedback as &amp;preference data…</source>
        <translation>フィードバックを選好データとしてエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>チャット(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Search chats</source>
        <translation>チャットを検索(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top reply</source>
        <translation>返答を停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>返答を再生成(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy last reply</source>
        <translation>最後の返答をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>最後のメッセージを編集(&amp;E)</translation>
    </message>
    <message>
        <source>Chat &amp;settings…</source>
        <translation>チャットの設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Open a GGUF file…</source>
        <translation>GGUF ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>モデル(&amp;M)…</translation>
    </message>
    <message>
        <source>Make it &amp;yours…</source>
        <translation>自分好みに(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation>Hearth について(&amp;A)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>フィードバック</translation>
    </message>
    <message>
        <source>What was good or bad about this reply? (optional)</source>
        <translation>この返答の良かった点・悪かった点は何ですか？ (任意)</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>コピーしました。</translation>
    </message>
    <message>
        <source>A very long message</source>
        <translation>とても長いメッセージ</translation>
    </message>
    <message>
        <source>This message is about {estimate} tokens; the model&apos;s context holds {size}. Older turns will be left out, or it may not fit at all. Send it anyway?</source>
        <translation>このメッセージは約 {estimate} トークンですが、モデルのコンテキストに収まるのは {size} トークンです。古いやり取りが省かれるか、まったく収まらない可能性があります。それでも送信しますか？</translation>
    </message>
    <message>
        <source>Not opened: {address} (only web and mail links open)</source>
        <translation>開きませんでした: {address} (開けるのは Web とメールのリンクのみです)</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>リンクを開く</translation>
    </message>
    <message>
        <source>Open this address in your browser?

{address}</source>
        <translation>このアドレスをブラウザーで開きますか？

{address}</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <source>Interrupted: Hearth closed before this reply finished</source>
        <translation>中断: この返答が終わる前に Hearth が閉じられました</translation>
    </message>
    <message>
        <source>Cut off at the length limit</source>
        <translation>長さの上限で打ち切られました</translation>
    </message>
    <message>
        <source>The reply failed</source>
        <translation>返答に失敗しました</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} トークン</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} トークン/秒</translation>
    </message>
    <message>
        <source>{seconds} s to first token</source>
        <translation>最初のトークンまで {seconds} 秒</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>前のバージョン</translation>
    </message>
    <message>
        <source>Shows the previous version.</source>
        <translation>前のバージョンを表示します。</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>次のバージョン</translation>
    </message>
    <message>
        <source>Shows the next version.</source>
        <translation>次のバージョンを表示します。</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>あなたのメッセージ</translation>
    </message>
    <message>
        <source>Assistant reply</source>
        <translation>アシスタントの返答</translation>
    </message>
    <message>
        <source>The text of the message; it can be selected and copied.</source>
        <translation>メッセージの本文です。選択してコピーできます。</translation>
    </message>
    <message>
        <source>Show the whole message</source>
        <translation>メッセージ全体を表示</translation>
    </message>
    <message>
        <source>Opens the whole text of this long message in a viewer.</source>
        <translation>この長いメッセージの全文をビューアーで開きます。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>メッセージをコピー</translation>
    </message>
    <message>
        <source>Copies the text of the message to the clipboard.</source>
        <translation>メッセージの本文をクリップボードにコピーします。</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>編集して再送信</translation>
    </message>
    <message>
        <source>Puts the message in the composer to change it.</source>
        <translation>メッセージを入力欄に戻して、変更できるようにします。</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Regenerate reply</source>
        <translation>返答を再生成</translation>
    </message>
    <message>
        <source>Writes a new version of this reply.</source>
        <translation>この返答の新しいバージョンを生成します。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Continue reply</source>
        <translation>返答を続ける</translation>
    </message>
    <message>
        <source>Lets the model go on from where it stopped.</source>
        <translation>止まったところからモデルに続きを書かせます。</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良い</translation>
    </message>
    <message>
        <source>Good reply</source>
        <translation>良い返答</translation>
    </message>
    <message>
        <source>Rates the reply good, with an optional note.</source>
        <translation>返答を「良い」と評価します。メモも添えられます (任意)。</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>悪い</translation>
    </message>
    <message>
        <source>Bad reply</source>
        <translation>悪い返答</translation>
    </message>
    <message>
        <source>Rates the reply bad, with an optional note.</source>
        <translation>返答を「悪い」と評価します。メモも添えられます (任意)。</translation>
    </message>
    <message>
        <source>Reply statistics</source>
        <translation>返答の統計</translation>
    </message>
    <message>
        <source>The reply failed: {error}</source>
        <translation>返答に失敗しました: {error}</translation>
    </message>
    <message>
        <source>Left out of the model&apos;s context (too long)</source>
        <translation>モデルのコンテキストから除外 (長すぎるため)</translation>
    </message>
    <message>
        <source>Bad reply — your note: {note}</source>
        <translation>悪い返答 — あなたのメモ: {note}</translation>
    </message>
    <message>
        <source>Good reply — your note: {note}</source>
        <translation>良い返答 — あなたのメモ: {note}</translation>
    </message>
    <message>
        <source>Show all ({count} more characters)</source>
        <translation>すべて表示 (残り {count} 文字)</translation>
    </message>
    <message>
        <source>The whole message</source>
        <translation>メッセージ全体</translation>
    </message>
    <message>
        <source>The whole text of the message, read-only.</source>
        <translation>メッセージの全文 (読み取り専用)。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Chooses the model for this chat, or opens a GGUF file.</source>
        <translation>このチャットのモデルを選ぶか、GGUF ファイルを開きます。</translation>
    </message>
    <message>
        <source>Choose the model for this chat</source>
        <translation>このチャットのモデルを選択</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>モデルなし</translation>
    </message>
    <message>
        <source>Open a GGUF file…</source>
        <translation>GGUF ファイルを開く…</translation>
    </message>
    <message>
        <source>Can see images</source>
        <translation>画像を認識できます</translation>
    </message>
    <message>
        <source>can see images</source>
        <translation>画像を認識できます</translation>
    </message>
    <message>
        <source>An adapter you trained on {model}</source>
        <translation>{model} で学習させたアダプター</translation>
    </message>
    <message>
        <source>{engine} — remote · {host}</source>
        <translation>{engine} — リモート · {host}</translation>
    </message>
    <message>
        <source>{model}   [remote]</source>
        <translation>{model}   [リモート]</translation>
    </message>
    <message>
        <source>on {engine} ({url})</source>
        <translation>{engine} 上 ({url})</translation>
    </message>
    <message>
        <source>Offline: the Hugging Face Hub cannot be reached, so nothing can be downloaded now. Opening a GGUF file and the models already on this computer still work.</source>
        <translation>オフライン: Hugging Face Hub に接続できないため、現在はダウンロードできません。GGUF ファイルを開くことと、このコンピューターにすでにあるモデルの使用は引き続きできます。</translation>
    </message>
    <message>
        <source>Not downloaded: {error}</source>
        <translation>ダウンロードできませんでした: {error}</translation>
    </message>
    <message>
        <source>{repo} no longer has {file}</source>
        <translation>{repo} には {file} がもうありません</translation>
    </message>
    <message>
        <source>Looking up {name} on the Hugging Face Hub…</source>
        <translation>Hugging Face Hub で {name} を調べています…</translation>
    </message>
    <message>
        <source>The Hub request failed: {error}</source>
        <translation>Hub へのリクエストに失敗しました: {error}</translation>
    </message>
    <message>
        <source>Copying {name}… {percent}%</source>
        <translation>{name} をコピー中… {percent}%</translation>
    </message>
    <message>
        <source>Linked {name}</source>
        <translation>{name} をリンクしました</translation>
    </message>
    <message>
        <source>Forgot {name}</source>
        <translation>{name} を一覧から外しました</translation>
    </message>
    <message>
        <source>Deleted {name}</source>
        <translation>{name} を削除しました</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>検証中</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s, {time} left</source>
        <translation>{done} / {total} · {speed}/秒、残り {time}</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s</source>
        <translation>{done} / {total} · {speed}/秒</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>{total} · verified</source>
        <translation>{total} · 検証済み</translation>
    </message>
    <message>
        <source>{done} of {total} · {state}</source>
        <translation>{done} / {total} · {state}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Pause download</source>
        <translation>ダウンロードを一時停止</translation>
    </message>
    <message>
        <source>Stops the download for now; Resume goes on from there.</source>
        <translation>ダウンロードをいったん止めます。「再開」でそこから続けます。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation>ダウンロードを再開</translation>
    </message>
    <message>
        <source>Goes on with the paused download.</source>
        <translation>一時停止したダウンロードを続けます。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Retry download</source>
        <translation>ダウンロードを再試行</translation>
    </message>
    <message>
        <source>Tries the failed download again.</source>
        <translation>失敗したダウンロードをもう一度試します。</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>ダウンロードをキャンセル</translation>
    </message>
    <message>
        <source>Stops the download and deletes what was downloaded.</source>
        <translation>ダウンロードを中止し、ダウンロード済みの部分を削除します。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Dismiss download</source>
        <translation>ダウンロードを一覧から消去</translation>
    </message>
    <message>
        <source>Removes this download from the list.</source>
        <translation>このダウンロードを一覧から取り除きます。</translation>
    </message>
    <message>
        <source>Progress of {name}</source>
        <translation>{name} の進行状況</translation>
    </message>
    <message>
        <source>Download status of {name}</source>
        <translation>{name} のダウンロード状態</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Nothing is downloading.</source>
        <translation>ダウンロード中のものはありません。</translation>
    </message>
    <message>
        <source>Queued…</source>
        <translation>待機中…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>検証中…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Downloading {percent}%</source>
        <translation>ダウンロード中 {percent}%</translation>
    </message>
    <message>
        <source>Downloads this file, or chats with it once it is in the library.</source>
        <translation>このファイルをダウンロードします。ライブラリに入った後は、このファイルでチャットを始めます。</translation>
    </message>
    <message>
        <source>In library</source>
        <translation>ライブラリにあり</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>{name} を使用</translation>
    </message>
    <message>
        <source>{status} {name}</source>
        <translation>{status} {name}</translation>
    </message>
    <message>
        <source>Download {name}</source>
        <translation>{name} をダウンロード</translation>
    </message>
    <message>
        <source>Search GGUF models on the Hugging Face Hub, e.g. qwen instruct</source>
        <translation>Hugging Face Hub で GGUF モデルを検索 (例: qwen instruct)</translation>
    </message>
    <message>
        <source>Search the Hub</source>
        <translation>Hub を検索</translation>
    </message>
    <message>
        <source>Words to search the Hugging Face Hub&apos;s GGUF models for; Enter searches.</source>
        <translation>Hugging Face Hub の GGUF モデルを検索する語句。Enter で検索します。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Sends the search words to the Hugging Face Hub.</source>
        <translation>検索語句を Hugging Face Hub に送信します。</translation>
    </message>
    <message>
        <source>Searching sends your words to the Hugging Face Hub; nothing else leaves this computer.</source>
        <translation>検索すると、入力した語句が Hugging Face Hub に送信されます。それ以外の情報がこのコンピューターの外に出ることはありません。</translation>
    </message>
    <message>
        <source>Hub status</source>
        <translation>Hub の状態</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>いいね</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Repositories with GGUF files; choose one to list its files.</source>
        <translation>GGUF ファイルを含むリポジトリ。選ぶとそのファイルを一覧表示します。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Fits?</source>
        <translation>収まる？</translation>
    </message>
    <message>
        <source>Files of the repository</source>
        <translation>リポジトリのファイル</translation>
    </message>
    <message>
        <source>The repository&apos;s model files by quantisation, with Download or Use.</source>
        <translation>リポジトリのモデルファイル (量子化ごと)。「ダウンロード」または「使用」ボタン付き。</translation>
    </message>
    <message>
        <source>Token for gated models:</source>
        <translation>アクセス制限付きモデル用のトークン:</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Hugging Face トークン</translation>
    </message>
    <message>
        <source>An access token for gated models on the Hugging Face Hub.</source>
        <translation>Hugging Face Hub のアクセス制限付きモデル用のアクセストークン。</translation>
    </message>
    <message>
        <source>hf_…  (stored where huggingface_hub keeps it)</source>
        <translation>hf_…  (huggingface_hub の保存場所に保存されます)</translation>
    </message>
    <message>
        <source>Save token</source>
        <translation>トークンを保存</translation>
    </message>
    <message>
        <source>Stores the token where huggingface_hub keeps it.</source>
        <translation>huggingface_hub が使う保存場所にトークンを保存します。</translation>
    </message>
    <message>
        <source>Forget token</source>
        <translation>トークンを破棄</translation>
    </message>
    <message>
        <source>Deletes the stored Hugging Face token.</source>
        <translation>保存済みの Hugging Face トークンを削除します。</translation>
    </message>
    <message>
        <source>Token not saved: {error}.</source>
        <translation>トークンを保存できませんでした: {error}。</translation>
    </message>
    <message>
        <source>Token saved; gated repos you have access to will now download.</source>
        <translation>トークンを保存しました。アクセス権のあるアクセス制限付きリポジトリをダウンロードできるようになります。</translation>
    </message>
    <message>
        <source>Token not forgotten: {error}.</source>
        <translation>トークンを破棄できませんでした: {error}。</translation>
    </message>
    <message>
        <source>Token forgotten.</source>
        <translation>トークンを破棄しました。</translation>
    </message>
    <message>
        <source>Token forgotten; HF_TOKEN is still set in the environment.</source>
        <translation>トークンを破棄しました。ただし、環境変数 HF_TOKEN はまだ設定されています。</translation>
    </message>
    <message>
        <source>Searching for “{words}”…</source>
        <translation>「{words}」を検索中…</translation>
    </message>
    <message>
        <source>{repo} (gated)</source>
        <translation>{repo} (アクセス制限付き)</translation>
    </message>
    <message>
        <source>{count} repositories with GGUF files, most downloaded first.</source>
        <translation>GGUF ファイルを含むリポジトリ {count} 件 (ダウンロード数の多い順)。</translation>
    </message>
    <message>
        <source>No GGUF repositories match.</source>
        <translation>一致する GGUF リポジトリはありません。</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation>検索に失敗しました: {error}</translation>
    </message>
    <message>
        <source>Listing the files of {repo}…</source>
        <translation>{repo} のファイルを一覧表示中…</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>{repo}: {count} GGUF models (gated: needs a token)</source>
        <translation>{repo}: GGUF モデル {count} 個 (アクセス制限付き: トークンが必要)</translation>
    </message>
    <message>
        <source>{repo}: {count} GGUF models</source>
        <translation>{repo}: GGUF モデル {count} 個</translation>
    </message>
    <message>
        <source>{name} ({parts} parts)</source>
        <translation>{name} ({parts} 分割)</translation>
    </message>
    <message>
        <source>vision projector</source>
        <translation>ビジョンプロジェクター</translation>
    </message>
    <message>
        <source>Quant</source>
        <translation>量子化</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <source>Import a GGUF file (copy)…</source>
        <translation>GGUF ファイルをインポート (コピー)…</translation>
    </message>
    <message>
        <source>Import a GGUF file</source>
        <translation>GGUF ファイルをインポート</translation>
    </message>
    <message>
        <source>Copies a GGUF model file into the models folder.</source>
        <translation>GGUF モデルファイルをモデルフォルダーにコピーします。</translation>
    </message>
    <message>
        <source>Use a GGUF file in place…</source>
        <translation>GGUF ファイルをその場所のまま使用…</translation>
    </message>
    <message>
        <source>Use a GGUF file in place</source>
        <translation>GGUF ファイルをその場所のまま使用</translation>
    </message>
    <message>
        <source>Lists a GGUF model file where it is, without copying it.</source>
        <translation>GGUF モデルファイルをコピーせず、その場所のまま一覧に加えます。</translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation>このコンピューター上のモデル</translation>
    </message>
    <message>
        <source>The models in the library, each with Use and Delete buttons.</source>
        <translation>ライブラリ内のモデル。それぞれに「使用」と「削除」ボタンがあります。</translation>
    </message>
    <message>
        <source>Found in other apps (used in place, not copied)</source>
        <translation>他のアプリで見つかったモデル (コピーせず、その場所のまま使用)</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Models found in other apps</source>
        <translation>他のアプリで見つかったモデル</translation>
    </message>
    <message>
        <source>Models other apps downloaded, each usable in place.</source>
        <translation>他のアプリがダウンロードしたモデル。それぞれその場所のまま使えます。</translation>
    </message>
    <message>
        <source>No models from the Hugging Face cache, LM Studio, GPT4All or Ollama were found.</source>
        <translation>Hugging Face のキャッシュ、LM Studio、GPT4All、Ollama のモデルは見つかりませんでした。</translation>
    </message>
    <message>
        <source>Models folder: {folder}</source>
        <translation>モデルフォルダー: {folder}</translation>
    </message>
    <message>
        <source>Could not scan: {error}</source>
        <translation>スキャンできませんでした: {error}</translation>
    </message>
    <message>
        <source>{name} (linked)</source>
        <translation>{name} (リンク)</translation>
    </message>
    <message>
        <source>unusable: {error}</source>
        <translation>使用不可: {error}</translation>
    </message>
    <message>
        <source>embedding model: used for documents</source>
        <translation>埋め込みモデル: ドキュメントに使用</translation>
    </message>
    <message>
        <source>Use in place</source>
        <translation>その場所のまま使用</translation>
    </message>
    <message>
        <source>Use {name} in place</source>
        <translation>{name} をその場所のまま使用</translation>
    </message>
    <message>
        <source>Adds this model to the library without copying it.</source>
        <translation>コピーせずに、このモデルをライブラリに追加します。</translation>
    </message>
    <message>
        <source>Starts a chat with this model.</source>
        <translation>このモデルでチャットを始めます。</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>一覧から外す</translation>
    </message>
    <message>
        <source>Forget {name}</source>
        <translation>{name} を一覧から外す</translation>
    </message>
    <message>
        <source>Stops listing this model; its file stays.</source>
        <translation>このモデルを一覧から外します。ファイルは残ります。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} を削除</translation>
    </message>
    <message>
        <source>Deletes this model&apos;s file from this computer.</source>
        <translation>このモデルのファイルをこのコンピューターから削除します。</translation>
    </message>
    <message>
        <source>Stop listing {name}? The file itself stays where it is:
{path}</source>
        <translation>{name} を一覧から外しますか？ファイル自体は元の場所に残ります:
{path}</translation>
    </message>
    <message>
        <source>Delete {name} ({size}) from this computer?
{path}</source>
        <translation>{name} ({size}) をこのコンピューターから削除しますか？
{path}</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>モデルを削除</translation>
    </message>
    <message>
        <source>Choose a GGUF model</source>
        <translation>GGUF モデルを選択</translation>
    </message>
    <message>
        <source>← Back to chat</source>
        <translation>← チャットに戻る</translation>
    </message>
    <message>
        <source>Back to chat</source>
        <translation>チャットに戻る</translation>
    </message>
    <message>
        <source>Leaves the Models page and shows the chat again.</source>
        <translation>モデルのページを離れ、チャットを再び表示します。</translation>
    </message>
    <message>
        <source>Models notice</source>
        <translation>モデルに関するお知らせ</translation>
    </message>
    <message>
        <source>Recommended models, a search of the Hugging Face Hub, and the models on this computer.</source>
        <translation>おすすめのモデル、Hugging Face Hub の検索、このコンピューター上のモデル。</translation>
    </message>
    <message>
        <source>Models picked for this computer.</source>
        <translation>このコンピューター向けに選ばれたモデルです。</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>おすすめ</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>このコンピューター上</translation>
    </message>
    <message>
        <source>The downloads in progress, queued and finished.</source>
        <translation>進行中、待機中、完了したダウンロードです。</translation>
    </message>
    <message>
        <source>{parameters} parameters</source>
        <translation>{parameters} パラメーター</translation>
    </message>
    <message>
        <source>{context} context</source>
        <translation>コンテキスト {context}</translation>
    </message>
    <message>
        <source>Downloads this model, or chats with it once it is on this computer.</source>
        <translation>このモデルをダウンロードします。このコンピューターに入った後は、このモデルでチャットを始めます。</translation>
    </message>
    <message>
        <source>Used for documents</source>
        <translation>ドキュメントに使用</translation>
    </message>
    <message>
        <source>Used for documents {name}</source>
        <translation>{name}: ドキュメントに使用</translation>
    </message>
    <message>
        <source>Downloading {percent}% {name}</source>
        <translation>{name} をダウンロード中 {percent}%</translation>
    </message>
    <message>
        <source>{place} — source {number}</source>
        <translation>{place} — 出典 {number}</translation>
    </message>
    <message>
        <source>The cited passage in its file</source>
        <translation>ファイル内の引用された抜粋</translation>
    </message>
    <message>
        <source>The file&apos;s text, read-only, with the cited passage marked.</source>
        <translation>ファイルの本文 (読み取り専用)。引用された抜粋に印が付いています。</translation>
    </message>
    <message>
        <source>Closes the passage.</source>
        <translation>抜粋を閉じます。</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>フォルダーを表示</translation>
    </message>
    <message>
        <source>Opens the file with the system&apos;s app for it.</source>
        <translation>システムの対応アプリでファイルを開きます。</translation>
    </message>
    <message>
        <source>Shows the folder the file is in.</source>
        <translation>ファイルがあるフォルダーを表示します。</translation>
    </message>
    <message>
        <source>Open {path}</source>
        <translation>{path} を開く</translation>
    </message>
    <message>
        <source>Reading page {page}…</source>
        <translation>ページ {page} を読み込み中…</translation>
    </message>
    <message>
        <source>Page {page} could not be read again: showing the passage as it was indexed.</source>
        <translation>ページ {page} を再度読み込めませんでした。インデックス作成時の抜粋を表示しています。</translation>
    </message>
    <message>
        <source>The file changed since it was indexed: showing the passage as it was.</source>
        <translation>ファイルはインデックス作成後に変更されました。抜粋は当時のまま表示しています。</translation>
    </message>
    <message>
        <source>The passage as it was indexed; open the file to see it in place.</source>
        <translation>インデックス作成時の抜粋です。ファイルを開くと元の場所で確認できます。</translation>
    </message>
    <message>
        <source>The file is gone or cannot be read ({reason}): showing the passage as it was indexed.</source>
        <translation>ファイルが見つからないか読み取れません（{reason}）。抜粋はインデックス作成時のまま表示しています。</translation>
    </message>
    <message>
        <source>Messages leave this computer</source>
        <translation>メッセージがこのコンピューターの外に送信されます</translation>
    </message>
    <message>
        <source>This chat uses {model} on {engine}. What you send in it, and the chat before it, will leave this computer for {host}.

Send it?</source>
        <translation>このチャットは {engine} 上の {model} を使用します。ここで送信する内容と、それまでのチャットは、このコンピューターから {host} に送信されます。

送信しますか？</translation>
    </message>
    <message>
        <source>The server&apos;s API key could not be saved: {error}</source>
        <translation>サーバーの API キーを保存できませんでした: {error}</translation>
    </message>
    <message>
        <source>The local server did not start: {error}</source>
        <translation>ローカルサーバーを起動できませんでした: {error}</translation>
    </message>
    <message>
        <source>The local server is listening at {url}</source>
        <translation>ローカルサーバーは {url} で待ち受けています</translation>
    </message>
    <message>
        <source>Server :{port} · {count} active</source>
        <translation>サーバー :{port} · {count} 件処理中</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps (an OpenAI-compatible API)</source>
        <translation>読み込んだモデルを他のアプリに提供 (OpenAI 互換 API)</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>ローカルサーバー</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps through an OpenAI-compatible API</source>
        <translation>読み込んだモデルを、OpenAI 互換 API で他のアプリに提供します</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>サーバーのポート</translation>
    </message>
    <message>
        <source>The port the local server listens on</source>
        <translation>ローカルサーバーが待ち受けるポート</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>同時リクエスト数</translation>
    </message>
    <message>
        <source>How many requests are answered at once, the window&apos;s chat included</source>
        <translation>同時に応答するリクエストの数 (ウィンドウのチャットを含む)</translation>
    </message>
    <message>
        <source>The window&apos;s chat is one of them; each has its own context</source>
        <translation>ウィンドウのチャットもその 1 つです。それぞれに独自のコンテキストがあります</translation>
    </message>
    <message>
        <source>Allow other computers on my network (they must send the API key)</source>
        <translation>ネットワーク上の他のコンピューターを許可 (API キーの送信が必要)</translation>
    </message>
    <message>
        <source>Allow other computers</source>
        <translation>他のコンピューターを許可</translation>
    </message>
    <message>
        <source>Let other computers on the network connect; they must send the API key</source>
        <translation>ネットワーク上の他のコンピューターからの接続を許可します。API キーの送信が必要です</translation>
    </message>
    <message>
        <source>Let API clients load other models of the library</source>
        <translation>API クライアントがライブラリの他のモデルを読み込めるようにする</translation>
    </message>
    <message>
        <source>Let API clients load other models</source>
        <translation>API クライアントに他のモデルの読み込みを許可</translation>
    </message>
    <message>
        <source>API clients may load any model of the library, not just the loaded one</source>
        <translation>API クライアントは、読み込み済みのモデルだけでなく、ライブラリのどのモデルでも読み込めます</translation>
    </message>
    <message>
        <source>Keep API conversations with my chats</source>
        <translation>API の会話をチャットと一緒に保存</translation>
    </message>
    <message>
        <source>Keep API conversations</source>
        <translation>API の会話を保存</translation>
    </message>
    <message>
        <source>Save the conversations API clients have among your chats</source>
        <translation>API クライアントとの会話をチャットの中に保存します</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>新しいキー</translation>
    </message>
    <message>
        <source>Make a new API key; clients with the old one are refused</source>
        <translation>新しい API キーを作成します。古いキーを使うクライアントは拒否されます</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>キーをコピー</translation>
    </message>
    <message>
        <source>Copy the API key to the clipboard</source>
        <translation>API キーをクリップボードにコピーします</translation>
    </message>
    <message>
        <source>How to call the server</source>
        <translation>サーバーの呼び出し方</translation>
    </message>
    <message>
        <source>Examples of calling the server with curl and with Python</source>
        <translation>curl と Python でサーバーを呼び出す例</translation>
    </message>
    <message>
        <source>Copy curl</source>
        <translation>curl の例をコピー</translation>
    </message>
    <message>
        <source>Copy the curl example to the clipboard</source>
        <translation>curl の例をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Copy Python</source>
        <translation>Python の例をコピー</translation>
    </message>
    <message>
        <source>Copy the Python example to the clipboard</source>
        <translation>Python の例をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Call it from your editor, your scripts, other apps:</source>
        <translation>エディター、スクリプト、他のアプリから呼び出せます:</translation>
    </message>
    <message>
        <source>not needed on this computer alone</source>
        <translation>このコンピューター内だけなら不要</translation>
    </message>
    <message>
        <source>the key could not be saved: {error}</source>
        <translation>キーを保存できませんでした: {error}</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ハイコントラスト</translation>
    </message>
    <message>
        <source>Stop and say so</source>
        <translation>停止して通知</translation>
    </message>
    <message>
        <source>Drop the oldest turns (after the system prompt)</source>
        <translation>古いやり取りから省く (システムプロンプトの後から)</translation>
    </message>
    <message>
        <source>Keep a rolling window (drops half at once, so the cache stays reusable)</source>
        <translation>ローリングウィンドウを維持 (キャッシュを再利用できるよう、半分ずつまとめて省く)</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>設定のセクション</translation>
    </message>
    <message>
        <source>Choose which settings to show: this chat, the app, the server or engines</source>
        <translation>表示する設定を選びます: このチャット、アプリ、サーバー、エンジン</translation>
    </message>
    <message>
        <source>This chat</source>
        <translation>このチャット</translation>
    </message>
    <message>
        <source>Engines</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Apply these settings and close the dialog</source>
        <translation>設定を適用してダイアログを閉じます</translation>
    </message>
    <message>
        <source>Close the dialog without applying the changes</source>
        <translation>変更を適用せずにダイアログを閉じます</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Fill in this chat&apos;s settings from a saved preset</source>
        <translation>保存したプリセットから、このチャットの設定を入力します</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>プリセットとして保存…</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>プリセットとして保存</translation>
    </message>
    <message>
        <source>Save the settings shown as a preset under a name you choose</source>
        <translation>表示中の設定を、指定した名前でプリセットとして保存します</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>プリセットを削除</translation>
    </message>
    <message>
        <source>Delete the chosen preset</source>
        <translation>選んだプリセットを削除します</translation>
    </message>
    <message>
        <source>Use for new chats</source>
        <translation>新しいチャットに使用</translation>
    </message>
    <message>
        <source>New chats start with the chosen preset</source>
        <translation>新しいチャットは選んだプリセットで始まります</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>Instructions the model reads before each message of this chat</source>
        <translation>このチャットの各メッセージの前にモデルが読む指示</translation>
    </message>
    <message>
        <source>random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>app default</source>
        <translation>アプリの既定値</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>How varied the replies are: higher is more random</source>
        <translation>返答のばらつきの大きさ。高いほどランダムになります</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Only the likeliest words that together reach this probability are chosen</source>
        <translation>確率の高い単語から順に、合計がこの確率に達するまでの単語だけから選びます</translation>
    </message>
    <message>
        <source>Top k</source>
        <translation>Top k</translation>
    </message>
    <message>
        <source>Only this many of the likeliest words are chosen from; 0 for no limit</source>
        <translation>確率の高い単語のうち、この数だけから選びます。0 は無制限</translation>
    </message>
    <message>
        <source>Min p</source>
        <translation>Min p</translation>
    </message>
    <message>
        <source>Words less likely than this share of the likeliest one are left out</source>
        <translation>最も確率の高い単語に対して、この割合より確率の低い単語は除外されます</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>繰り返しペナルティ</translation>
    </message>
    <message>
        <source>How much the model avoids repeating itself</source>
        <translation>モデルが同じ内容の繰り返しを避ける度合い</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大トークン数</translation>
    </message>
    <message>
        <source>The longest a reply may be, in tokens</source>
        <translation>返答の最大の長さ (トークン数)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>The same seed gives the same reply; random for a new one each time</source>
        <translation>同じシードなら同じ返答になります。「ランダム」なら毎回新しい返答になります</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>コンテキスト長</translation>
    </message>
    <message>
        <source>How many tokens of the chat the model keeps in mind</source>
        <translation>モデルが覚えておくチャットのトークン数</translation>
    </message>
    <message>
        <source>When the context is full</source>
        <translation>コンテキストがいっぱいになったとき</translation>
    </message>
    <message>
        <source>What is done when the chat no longer fits</source>
        <translation>チャットが収まらなくなったときの処理</translation>
    </message>
    <message>
        <source>Adapter strength</source>
        <translation>アダプターの強さ</translation>
    </message>
    <message>
        <source>How much the adapter changes the model&apos;s replies: 0 not at all, 1 as trained, 2 twice as much</source>
        <translation>アダプターがモデルの返答をどれだけ変えるか: 0 まったく変えない、1 学習したとおり、2 その2倍</translation>
    </message>
    <message>
        <source>How much the adapter changes the model&apos;s replies</source>
        <translation>アダプターがモデルの返答をどれだけ変えるか</translation>
    </message>
    <message>
        <source>Adapter: {name}</source>
        <translation>アダプター: {name}</translation>
    </message>
    <message>
        <source>(choose a preset)</source>
        <translation>(プリセットを選択)</translation>
    </message>
    <message>
        <source>{name} (new chats)</source>
        <translation>{name} (新しいチャット用)</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>プリセットを保存</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>system</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>システムと同じ</translation>
    </message>
    <message>
        <source>Hearth shows the new language when it next starts.</source>
        <translation>新しい言語は、Hearth の次回起動時に反映されます。</translation>
    </message>
    <message>
        <source>Browse for the models folder</source>
        <translation>モデルフォルダーを参照</translation>
    </message>
    <message>
        <source>Choose the folder where Hearth keeps and looks for models</source>
        <translation>Hearth がモデルを保存し、探すフォルダーを選びます</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>auto: every layer when this build can use a GPU; -1: all; 0: CPU only</source>
        <translation>自動: このビルドで GPU を使える場合はすべてのレイヤー、-1: すべて、0: CPU のみ</translation>
    </message>
    <message>
        <source>one per core</source>
        <translation>コアごとに 1 つ</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Light, dark, high contrast, or as the system looks</source>
        <translation>ライト、ダーク、ハイコントラスト、またはシステムに合わせる</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>フォントサイズ</translation>
    </message>
    <message>
        <source>The size of the window&apos;s text, in points; system for the system&apos;s</source>
        <translation>ウィンドウの文字サイズ (ポイント)。「システム」ならシステムの設定に従います</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The language of Hearth&apos;s window; the terminal stays English</source>
        <translation>Hearth のウィンドウの言語。ターミナルは英語のままです</translation>
    </message>
    <message>
        <source>Default context length</source>
        <translation>既定のコンテキスト長</translation>
    </message>
    <message>
        <source>How many tokens a chat keeps in mind unless it sets its own</source>
        <translation>チャットが独自に設定しない場合に覚えておくトークン数</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU レイヤー</translation>
    </message>
    <message>
        <source>How many of the model&apos;s layers run on the GPU</source>
        <translation>モデルのレイヤーのうち GPU で実行する数</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU スレッド数</translation>
    </message>
    <message>
        <source>How many threads the model runs on the CPU</source>
        <translation>CPU でモデルを実行するスレッドの数</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>モデルフォルダー</translation>
    </message>
    <message>
        <source>The folder where Hearth keeps and looks for models</source>
        <translation>Hearth がモデルを保存し、探すフォルダー</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>それ以前</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Starts a new, empty chat.</source>
        <translation>新しい空のチャットを始めます。</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>チャットを検索</translation>
    </message>
    <message>
        <source>Shows the chats whose title or messages contain these words.</source>
        <translation>タイトルまたはメッセージにこれらの語句を含むチャットを表示します。</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Your chats, newest first: choose one to open it.</source>
        <translation>あなたのチャット (新しい順)。選ぶと開きます。</translation>
    </message>
    <message>
        <source>No chats match</source>
        <translation>一致するチャットはありません</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>Markdown でエクスポート…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>JSON でエクスポート…</translation>
    </message>
    <message>
        <source>not cited</source>
        <translation>引用なし</translation>
    </message>
    <message>
        <source>Source {number}: {place}, not cited by the reply</source>
        <translation>出典 {number}: {place} (返答では引用されていません)</translation>
    </message>
    <message>
        <source>Source {number}: {place}</source>
        <translation>出典 {number}: {place}</translation>
    </message>
    <message>
        <source>Opens the passage in its file.</source>
        <translation>ファイル内の抜粋を開きます。</translation>
    </message>
    <message>
        <source>Click to see the passage in its file</source>
        <translation>クリックすると、ファイル内の抜粋を表示します</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Shows or hides the passages this reply was given.</source>
        <translation>この返答に与えられた抜粋を表示または非表示にします。</translation>
    </message>
    <message>
        <source>Sources ({count}, {cited} cited)</source>
        <translation>出典 ({count} 件、うち {cited} 件を引用)</translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation>出典 ({count} 件)</translation>
    </message>
    <message>
        <source>The reply also cites {listed}, but it was given no source {number}.</source>
        <translation>返答は {listed} も引用していますが、出典 {number} は与えられていません。</translation>
    </message>
    <message>
        <source>The reply also cites {listed}, but it was given no sources of those numbers.</source>
        <translation>返答は {listed} も引用していますが、それらの番号の出典は与えられていません。</translation>
    </message>
    <message>
        <source>Model status</source>
        <translation>モデルの状態</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>読み込みの進行状況</translation>
    </message>
    <message>
        <source>How much of the model is loaded.</source>
        <translation>モデルがどこまで読み込まれたか。</translation>
    </message>
    <message>
        <source>Speed of the last reply</source>
        <translation>最後の返答の速度</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>使用中のコンテキスト</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>削除を元に戻す</translation>
    </message>
    <message>
        <source>Brings back the chat just deleted.</source>
        <translation>削除したばかりのチャットを元に戻します。</translation>
    </message>
    <message>
        <source>Loading {model}…</source>
        <translation>{model} を読み込み中…</translation>
    </message>
    <message>
        <source>remote · {host}</source>
        <translation>リモート · {host}</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU ({backend}, {layers} layers)</source>
        <translation>GPU ({backend}、{layers} レイヤー)</translation>
    </message>
    <message>
        <source>Messages go to {host}</source>
        <translation>メッセージの送信先: {host}</translation>
    </message>
    <message>
        <source>Loaded in {seconds} s · {parameters}M parameters · {size}</source>
        <translation>読み込み時間 {seconds} 秒 · パラメーター {parameters}M · {size}</translation>
    </message>
    <message>
        <source>Memory of Hearth: {before} before, {after} after loading</source>
        <translation>Hearth のメモリ使用量: 読み込み前 {before}、読み込み後 {after}</translation>
    </message>
    <message>
        <source>Could not load {model}</source>
        <translation>{model} を読み込めませんでした</translation>
    </message>
    <message>
        <source>Context {used} / {size}</source>
        <translation>コンテキスト {used} / {size}</translation>
    </message>
    <message>
        <source>Tokens of this conversation in the model&apos;s context, of the context size</source>
        <translation>モデルのコンテキスト内にあるこの会話のトークン数と、コンテキストのサイズ</translation>
    </message>
    <message>
        <source>(estimated: the server has no tokenizer endpoint)</source>
        <translation>(推定値: サーバーにトークナイザーのエンドポイントがありません)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>The messages of this chat, oldest first.</source>
        <translation>このチャットのメッセージ (古い順)。</translation>
    </message>
    <message>
        <source>Send a message to start the conversation.</source>
        <translation>メッセージを送信して会話を始めましょう。</translation>
    </message>
    <message>
        <source>Show earlier messages</source>
        <translation>以前のメッセージを表示</translation>
    </message>
    <message>
        <source>Shows the messages above the first one on screen.</source>
        <translation>画面上の最初のメッセージより前のメッセージを表示します。</translation>
    </message>
    <message>
        <source>Show earlier messages ({count} more)</source>
        <translation>以前のメッセージを表示 (あと {count} 件)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Ways to get a first model: download one, use another app&apos;s, or open a file.</source>
        <translation>最初のモデルを手に入れる方法：ダウンロードする、他のアプリのモデルを使う、またはファイルを開く。</translation>
    </message>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Hearth へようこそ</translation>
    </message>
    <message>
        <source>Hearth runs chat models on this computer, in GGUF format. Nothing you write leaves it. Pick a model to download, use one another app already downloaded, or open a file you have.</source>
        <translation>Hearth はこのコンピューター上で、GGUF 形式のチャットモデルを実行します。あなたが書いた内容が外に出ることはありません。ダウンロードするモデルを選ぶか、他のアプリでダウンロード済みのモデルを使うか、手元のファイルを開いてください。</translation>
    </message>
    <message>
        <source>Welcome notice</source>
        <translation>ようこそのお知らせ</translation>
    </message>
    <message>
        <source>Open a GGUF file</source>
        <translation>GGUF ファイルを開く</translation>
    </message>
    <message>
        <source>Chooses a model file on this computer to chat with.</source>
        <translation>チャットに使うモデルファイルを、このコンピューター上から選びます。</translation>
    </message>
    <message>
        <source>Browse all models…</source>
        <translation>すべてのモデルを見る…</translation>
    </message>
    <message>
        <source>Browse models</source>
        <translation>モデルを見る</translation>
    </message>
    <message>
        <source>Shows the models page, to search for a model and download it.</source>
        <translation>モデルのページを表示し、モデルを検索してダウンロードできるようにします。</translation>
    </message>
    <message>
        <source>Recommended models</source>
        <translation>おすすめのモデル</translation>
    </message>
    <message>
        <source>Found on this computer, from other apps</source>
        <translation>このコンピューター上で、他のアプリから見つかったモデル</translation>
    </message>
    <message>
        <source>Looking for models other apps downloaded…</source>
        <translation>他のアプリがダウンロードしたモデルを探しています…</translation>
    </message>
    <message>
        <source>None found (Hearth looks in the Hugging Face cache, LM Studio, GPT4All and Ollama).</source>
        <translation>見つかりませんでした (Hearth は Hugging Face のキャッシュ、LM Studio、GPT4All、Ollama を探します)。</translation>
    </message>
    <message>
        <source>Use {model} in place</source>
        <translation>{model} をその場所のまま使用</translation>
    </message>
    <message>
        <source>Chats with this model from where it is, without copying it.</source>
        <translation>コピーせずに、このモデルをその場所のまま使ってチャットします。</translation>
    </message>
    <message>
        <source>{name}, page {page}</source>
        <translation>{name}、{page} ページ</translation>
    </message>
    <message>
        <source>{name}, lines {start}-{end}</source>
        <translation>{name}、{start}～{end} 行</translation>
    </message>
    <message>
        <source>{name}, line {line}</source>
        <translation>{name}、{line} 行</translation>
    </message>
    <message>
        <source>… ({count} more characters)</source>
        <translation>… (残り {count} 文字)</translation>
    </message>
    <message>
        <source>Shows or hides what the model thought before it answered.</source>
        <translation>モデルが回答する前に考えた内容を表示または非表示にします。</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>モデルの思考</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <source>Thought for {seconds} s</source>
        <translation>{seconds} 秒間思考しました</translation>
    </message>
    <message>
        <source>Thought for a moment</source>
        <translation>少し思考しました</translation>
    </message>
    <message>
        <source>The call&apos;s arguments, exactly as the model wrote them</source>
        <translation>モデルが書いたとおりの、呼び出しの引数</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>今回のみ許可</translation>
    </message>
    <message>
        <source>Runs this call, this once.</source>
        <translation>この呼び出しを今回だけ実行します。</translation>
    </message>
    <message>
        <source>Always for this tool</source>
        <translation>このツールは常に許可</translation>
    </message>
    <message>
        <source>Runs this call, and later calls of this tool without asking.</source>
        <translation>この呼び出しと、このツールの今後の呼び出しを確認なしで実行します。</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Does not run it; the model is told.</source>
        <translation>実行しません。モデルにはその旨が伝えられます。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Shows or hides what the tool answered.</source>
        <translation>ツールの応答を表示または非表示にします。</translation>
    </message>
    <message>
        <source>What the tool answered</source>
        <translation>ツールの応答</translation>
    </message>
    <message>
        <source>Tool {name} · {server}</source>
        <translation>ツール {name} · {server}</translation>
    </message>
    <message>
        <source>Tool {name}</source>
        <translation>ツール {name}</translation>
    </message>
    <message>
        <source>Run this tool? Nothing runs until you say so.</source>
        <translation>このツールを実行しますか？ 許可するまで何も実行されません。</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Denied: the model was told it may not run this</source>
        <translation>拒否: 実行できないことをモデルに伝えました</translation>
    </message>
    <message>
        <source>Not run: the reply ended first</source>
        <translation>未実行: 先に返答が終了しました</translation>
    </message>
    <message>
        <source>Tool rounds per reply</source>
        <translation>返答あたりのツールのラウンド数</translation>
    </message>
    <message>
        <source>After this many rounds of tool calls the model must answer without tools</source>
        <translation>ツール呼び出しがこのラウンド数に達すると、モデルはツールを使わずに回答しなければなりません</translation>
    </message>
    <message>
        <source>Tool rounds per reply:</source>
        <translation>返答あたりのツールのラウンド数:</translation>
    </message>
    <message>
        <source>Time a tool call may take</source>
        <translation>ツール呼び出しにかけられる時間</translation>
    </message>
    <message>
        <source>A call that takes longer is given up, and the model is told</source>
        <translation>これより長くかかる呼び出しは打ち切られ、モデルにその旨が伝えられます</translation>
    </message>
    <message>
        <source>A tool call may take:</source>
        <translation>ツール呼び出しの制限時間:</translation>
    </message>
    <message>
        <source>Tools allowed always</source>
        <translation>常に許可するツール</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>再確認する</translation>
    </message>
    <message>
        <source>Every tool call is put to you again before it runs</source>
        <translation>ツールの呼び出しを、実行前に毎回あらためて確認します</translation>
    </message>
    <message>
        <source>Allowed always:</source>
        <translation>常に許可:</translation>
    </message>
    <message>
        <source>none: every call is asked</source>
        <translation>なし: 呼び出しごとに確認します</translation>
    </message>
    <message>
        <source>The model asks to run {tool}: allow it or deny it</source>
        <translation>モデルが {tool} の実行を求めています: 許可または拒否してください</translation>
    </message>
    <message>
        <source>No tool servers yet: add an MCP server in Settings ▸ Tools.</source>
        <translation>ツールサーバーはまだありません。「設定 ▸ ツール」で MCP サーバーを追加してください。</translation>
    </message>
    <message>
        <source>Chooses the tool servers (MCP) this chat may use, with your approval.</source>
        <translation>このチャットが (あなたの承認のもとで) 使えるツールサーバー (MCP) を選びます。</translation>
    </message>
    <message>
        <source>Offer the model tools from:</source>
        <translation>次のサーバーのツールをモデルに提供:</translation>
    </message>
    <message>
        <source>Tool servers…</source>
        <translation>ツールサーバー…</translation>
    </message>
    <message>
        <source>Tools: {count}</source>
        <translation>ツール: {count}</translation>
    </message>
    <message>
        <source>This chat may ask to use tools from {servers}</source>
        <translation>このチャットは {servers} のツールの使用を求めることがあります</translation>
    </message>
    <message>
        <source>Let the model use tools: choose the servers this chat offers</source>
        <translation>モデルにツールを使わせる: このチャットで提供するサーバーを選びます</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Lets a reasoning model think before it answers, or answer at once.</source>
        <translation>推論モデルが回答前に考えるか、すぐに回答するかを切り替えます。</translation>
    </message>
    <message>
        <source>Thinking is on: the model thinks first (folded above its answer)</source>
        <translation>思考オン: モデルはまず考えます (回答の上に折りたたんで表示)</translation>
    </message>
    <message>
        <source>Thinking is off: the model answers at once</source>
        <translation>思考オフ: モデルはすぐに回答します</translation>
    </message>
    <message>
        <source>Tool servers (MCP) give the model tools: reading files, searching, running commands. A chat offers a server&apos;s tools only once you choose it in the composer&apos;s Tools menu, and every call waits for your approval. A server is a program on this computer, run with your permissions: add only ones you trust.</source>
        <translation>ツールサーバー (MCP) はモデルにツールを提供します: ファイルの読み取り、検索、コマンドの実行など。チャットがサーバーのツールを提供するのは、入力欄の「ツール」メニューでそのサーバーを選んだ場合だけで、呼び出しはすべてあなたの承認を待ちます。サーバーはこのコンピューター上で、あなたの権限で動作するプログラムです。信頼できるものだけを追加してください。</translation>
    </message>
    <message>
        <source>the command cannot be read: {error}</source>
        <translation>コマンドを読み取れません: {error}</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>ツールサーバーを追加</translation>
    </message>
    <message>
        <source>Start a command</source>
        <translation>コマンドを起動</translation>
    </message>
    <message>
        <source>Connect to a server running on this computer</source>
        <translation>このコンピューターで動作中のサーバーに接続</translation>
    </message>
    <message>
        <source>KEY=VALUE, one a line (optional)</source>
        <translation>KEY=VALUE、1 行に 1 つ (任意)</translation>
    </message>
    <message>
        <source>Why the server cannot be added</source>
        <translation>サーバーを追加できない理由</translation>
    </message>
    <message>
        <source>What the server is called in the Tools menu</source>
        <translation>「ツール」メニューに表示するサーバーの名前</translation>
    </message>
    <message>
        <source>Hearth starts the server and talks to it over its input and output</source>
        <translation>Hearth がサーバーを起動し、その入出力を通じて通信します</translation>
    </message>
    <message>
        <source>The server is already running, at an address on this computer (Streamable HTTP)</source>
        <translation>サーバーはすでにこのコンピューター上のアドレスで動作しています (Streamable HTTP)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>The program and its arguments, as you would type them in a terminal</source>
        <translation>ターミナルで入力するとおりの、プログラムとその引数</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>Variables set for the command, KEY=VALUE, one a line</source>
        <translation>コマンドに設定する変数。KEY=VALUE、1 行に 1 つ</translation>
    </message>
    <message>
        <source>The server&apos;s address: http://127.0.0.1, ::1 or localhost</source>
        <translation>サーバーのアドレス: http://127.0.0.1、::1、または localhost</translation>
    </message>
    <message>
        <source>Add the tool server described above</source>
        <translation>上で指定したツールサーバーを追加します</translation>
    </message>
    <message>
        <source>type the command that starts the server</source>
        <translation>サーバーを起動するコマンドを入力してください</translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation>ツールサーバー</translation>
    </message>
    <message>
        <source>The tool servers added, with what each runs and its state</source>
        <translation>追加したツールサーバーと、それぞれが実行するもの、その状態</translation>
    </message>
    <message>
        <source>Command or address</source>
        <translation>コマンドまたはアドレス</translation>
    </message>
    <message>
        <source>Selected tool server</source>
        <translation>選択したツールサーバー</translation>
    </message>
    <message>
        <source>Tools message</source>
        <translation>ツールに関するメッセージ</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Add a tool server: a command to start, or an address</source>
        <translation>ツールサーバーを追加: 起動するコマンド、またはアドレス</translation>
    </message>
    <message>
        <source>Forget the selected tool server (and stop it)</source>
        <translation>選択したツールサーバーを削除します (停止もします)</translation>
    </message>
    <message>
        <source>Start the selected tool server and list its tools</source>
        <translation>選択したツールサーバーを起動し、そのツールを一覧表示します</translation>
    </message>
    <message>
        <source>Open log</source>
        <translation>ログを開く</translation>
    </message>
    <message>
        <source>Open what the selected tool server wrote to its log</source>
        <translation>選択したツールサーバーがログに書き込んだ内容を開きます</translation>
    </message>
    <message>
        <source>Environment: {names}</source>
        <translation>環境変数: {names}</translation>
    </message>
    <message>
        <source>1 tool</source>
        <translation>ツール 1 個</translation>
    </message>
    <message>
        <source>{count} tools</source>
        <translation>ツール {count} 個</translation>
    </message>
    <message>
        <source>Added {name}. Check it to see its tools.</source>
        <translation>{name} を追加しました。確認するとツールが表示されます。</translation>
    </message>
    <message>
        <source>{name} has no log yet: it has not been started.</source>
        <translation>{name} にはまだログがありません。まだ起動されていません。</translation>
    </message>
    <message>
        <source>Image, {width} × {height} pixels</source>
        <translation>画像 ({width} × {height} ピクセル)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Opens the image at full size.</source>
        <translation>画像を実寸で開きます。</translation>
    </message>
    <message>
        <source>The stored copy of this image is gone.</source>
        <translation>この画像の保存済みコピーがなくなっています。</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>ウィンドウに合わせる</translation>
    </message>
    <message>
        <source>On: the whole image fits the window. Off: it is shown at its actual size, with scroll bars.</source>
        <translation>オン: 画像全体をウィンドウに収めます。オフ: 実際のサイズで表示し、スクロールバーを付けます。</translation>
    </message>
    <message>
        <source>Closes the image.</source>
        <translation>画像を閉じます。</translation>
    </message>
    <message>
        <source>Image missing: its stored copy is gone.</source>
        <translation>画像がありません: 保存済みのコピーがなくなっています。</translation>
    </message>
    <message>
        <source>The image was not attached: the model that can see it did not load.</source>
        <translation>画像は添付されませんでした: 画像を認識できるモデルを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Images need a model that can see them.</source>
        <translation>画像を扱うには、画像を認識できるモデルが必要です。</translation>
    </message>
    <message>
        <source>{model} cannot see images.</source>
        <translation>{model} は画像を認識できません。</translation>
    </message>
    <message>
        <source>No vision model is installed. One comes with a projector file (mmproj….gguf) in its folder: the Models page finds and downloads them. Open the Models page?</source>
        <translation>ビジョンモデルがインストールされていません。ビジョンモデルのフォルダーにはプロジェクターファイル (mmproj….gguf) があります。モデルのページで探してダウンロードできます。モデルのページを開きますか？</translation>
    </message>
    <message>
        <source>Not attached: no model installed can see images.</source>
        <translation>添付できませんでした: インストール済みのモデルはどれも画像を認識できません。</translation>
    </message>
    <message>
        <source>Switch to {model}, which can, and attach the image once it has loaded?</source>
        <translation>画像を認識できる {model} に切り替え、読み込み完了後にこの画像を添付しますか？</translation>
    </message>
    <message>
        <source>Switch to {model}, which can, and attach the images once it has loaded?</source>
        <translation>画像を認識できる {model} に切り替え、読み込み完了後にこれらの画像を添付しますか？</translation>
    </message>
    <message>
        <source>Not attached: the model in use cannot see images.</source>
        <translation>添付できませんでした: 使用中のモデルは画像を認識できません。</translation>
    </message>
    <message>
        <source>The model alone did not finish its reply: nothing to compare.</source>
        <translation>モデル単体の返答が完了しませんでした: 比較するものがありません。</translation>
    </message>
    <message>
        <source>The adapter did not finish its reply.</source>
        <translation>アダプターの返答が完了しませんでした。</translation>
    </message>
    <message>
        <source>The adapter could not be asked: try again.</source>
        <translation>アダプターに問い合わせできませんでした: もう一度お試しください。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Sends the next message to the model alone and to the adapter, and shows both replies</source>
        <translation>次のメッセージをモデル単体とアダプターの両方に送り、両方の返答を表示します</translation>
    </message>
    <message>
        <source>Answer with the model alone and with the adapter, side by side</source>
        <translation>モデル単体とアダプターで答え、並べて表示</translation>
    </message>
    <message>
        <source>Which reply is better?</source>
        <translation>どちらの返答が良いですか?</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>比較を閉じる</translation>
    </message>
    <message>
        <source>Hides the two replies; both stay in the chat as versions</source>
        <translation>2つの返答を隠します。どちらもバージョンとしてチャットに残ります</translation>
    </message>
    <message>
        <source>This one is better</source>
        <translation>こちらが良い</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>アダプター</translation>
    </message>
    <message>
        <source>Comparison status</source>
        <translation>比較の状態</translation>
    </message>
    <message>
        <source>Waiting for the model alone to finish…</source>
        <translation>モデル単体の完了を待っています…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>書いています…</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>ベース</translation>
    </message>
    <message>
        <source>Reply of {name}</source>
        <translation>{name} の返答</translation>
    </message>
    <message>
        <source>The reply to compare, read-only</source>
        <translation>比較する返答(読み取り専用)</translation>
    </message>
    <message>
        <source>{name} is better</source>
        <translation>{name} が良い</translation>
    </message>
    <message>
        <source>Rates this reply Good and the other Bad: a preference pair for your next run</source>
        <translation>この返答を「良い」、もう一方を「悪い」と評価します: 次回の学習用の選好ペアになります</translation>
    </message>
    <message>
        <source>Saved: {better} is better. The pair is in your feedback for the next run.</source>
        <translation>保存しました: {better} が良い。このペアは次回の学習用のフィードバックに入りました。</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>ベースモデル</translation>
    </message>
    <message>
        <source>{liked}, {pairs}</source>
        <translation>{liked}、{pairs}</translation>
    </message>
    <message>
        <source>Your adapters</source>
        <translation>あなたのアダプター</translation>
    </message>
    <message>
        <source>No adapters yet: the first run you finish puts one here.</source>
        <translation>アダプターはまだありません: 最初の学習が終わるとここに表示されます。</translation>
    </message>
    <message>
        <source>{name} (not on this computer)</source>
        <translation>{name}(このコンピューターにはありません)</translation>
    </message>
    <message>
        <source>on {model}</source>
        <translation>{model} 用</translation>
    </message>
    <message>
        <source>learnt from {data}</source>
        <translation>学習元: {data}</translation>
    </message>
    <message>
        <source>Starts a new chat with this adapter</source>
        <translation>このアダプターで新しいチャットを始めます</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Report of {name}</source>
        <translation>{name} のレポート</translation>
    </message>
    <message>
        <source>Shows whether it helped</source>
        <translation>効果があったかを表示します</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} を削除</translation>
    </message>
    <message>
        <source>Deletes this adapter&apos;s file</source>
        <translation>このアダプターのファイルを削除します</translation>
    </message>
    <message>
        <source>Nothing to learn from yet. Give a thumbs up (Good) to the replies you like: each is an example of what you want. Press Regenerate for another version of a reply, then rate one version Good and another Bad: that makes a preference pair, the strongest signal. Come back here when you have rated a few replies.</source>
        <translation>まだ学習できるものがありません。気に入った返答に「良い」(高評価)を付けてください。それぞれが望む答えの例になります。「再生成」で返答の別バージョンを作り、一方を「良い」、もう一方を「悪い」と評価すると、最も強い手がかりである選好ペアができます。いくつか評価したら、ここに戻ってきてください。</translation>
    </message>
    <message>
        <source>What your feedback holds</source>
        <translation>フィードバックの内容</translation>
    </message>
    <message>
        <source>Feedback summary</source>
        <translation>フィードバックの概要</translation>
    </message>
    <message>
        <source>Feedback per model</source>
        <translation>モデルごとのフィードバック</translation>
    </message>
    <message>
        <source>How to give feedback</source>
        <translation>フィードバックの付け方</translation>
    </message>
    <message>
        <source>Your feedback could not be read: {error}</source>
        <translation>フィードバックを読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>フィードバックはまだありません。</translation>
    </message>
    <message>
        <source>{liked} and {pairs} to learn from.</source>
        <translation>学習に使えるのは {liked}、{pairs} です。</translation>
    </message>
    <message>
        <source>1 of the {total} pairs is kept aside to measure the result.</source>
        <translation>{total} 組のうち 1 組は結果の測定用に取り分けます。</translation>
    </message>
    <message>
        <source>{count} of the {total} pairs are kept aside to measure the result.</source>
        <translation>{total} 組のうち {count} 組は結果の測定用に取り分けます。</translation>
    </message>
    <message>
        <source>Rated {dates}.</source>
        <translation>評価日: {dates}。</translation>
    </message>
    <message>
        <source>{model}: {liked}, {pairs}</source>
        <translation>{model}: {liked}、{pairs}</translation>
    </message>
    <message>
        <source>about {seconds} s</source>
        <translation>約 {seconds} 秒</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>約 {minutes} 分</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min</source>
        <translation>約 {hours} 時間 {minutes} 分</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>残り {time}</translation>
    </message>
    <message>
        <source>1 liked reply</source>
        <translation>高評価の返答 1 件</translation>
    </message>
    <message>
        <source>{count} liked replies</source>
        <translation>高評価の返答 {count} 件</translation>
    </message>
    <message>
        <source>1 preference pair</source>
        <translation>選好ペア 1 組</translation>
    </message>
    <message>
        <source>{count} preference pairs</source>
        <translation>選好ペア {count} 組</translation>
    </message>
    <message>
        <source>Assistant · {adapter}</source>
        <translation>アシスタント · {adapter}</translation>
    </message>
    <message>
        <source>Assistant · Base</source>
        <translation>アシスタント · ベース</translation>
    </message>
    <message>
        <source>Leaves the Make it yours page and shows the chat again.</source>
        <translation>「自分好みに」ページを離れて、チャットに戻ります。</translation>
    </message>
    <message>
        <source>Make it yours</source>
        <translation>自分好みに</translation>
    </message>
    <message>
        <source>Train the model on your own thumbs up and down: a small LoRA adapter, made on this computer, that you can apply to its model in any chat. Your chats never leave this computer.</source>
        <translation>あなた自身の高評価・低評価でモデルを学習させます。このコンピューター上で作る小さな LoRA アダプターで、どのチャットでも元のモデルに適用できます。チャットがこのコンピューターの外に出ることはありません。</translation>
    </message>
    <message>
        <source>Make it yours notice</source>
        <translation>「自分好みに」のお知らせ</translation>
    </message>
    <message>
        <source>Your feedback, a training run and its report, and your adapters</source>
        <translation>フィードバック、学習とそのレポート、アダプター</translation>
    </message>
    <message>
        <source>Done: the adapter is in your library.</source>
        <translation>完了: アダプターがライブラリに入りました。</translation>
    </message>
    <message>
        <source>Cancelled. It can be resumed from its last checkpoint: see Unfinished runs above.</source>
        <translation>キャンセルしました。最後のチェックポイントから再開できます: 上の「未完了の学習」をご覧ください。</translation>
    </message>
    <message>
        <source>Cancelled before the first checkpoint.</source>
        <translation>最初のチェックポイントの前にキャンセルしました。</translation>
    </message>
    <message>
        <source>the training process failed</source>
        <translation>学習プロセスが失敗しました</translation>
    </message>
    <message>
        <source>The run failed: {message}</source>
        <translation>学習に失敗しました: {message}</translation>
    </message>
    <message>
        <source>The run did not start: {message}</source>
        <translation>学習を開始できませんでした: {message}</translation>
    </message>
    <message>
        <source>Remove adapter</source>
        <translation>アダプターを削除</translation>
    </message>
    <message>
        <source>Remove {name}? Its file is deleted; chats that used it go on with its model alone.</source>
        <translation>{name} を削除しますか? ファイルは削除され、これを使っていたチャットはモデル単体で続きます。</translation>
    </message>
    <message>
        <source>Not removed: {error}</source>
        <translation>削除できませんでした: {error}</translation>
    </message>
    <message>
        <source>Preparing the run (reading the base model)…</source>
        <translation>学習を準備しています(ベースモデルを読み込み中)…</translation>
    </message>
    <message>
        <source>Loading the base model for training…</source>
        <translation>学習用にベースモデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Learning from your liked replies</source>
        <translation>高評価の返答から学習中</translation>
    </message>
    <message>
        <source>Learning from your preference pairs</source>
        <translation>選好ペアから学習中</translation>
    </message>
    <message>
        <source>Writing the adapter…</source>
        <translation>アダプターを書き出しています…</translation>
    </message>
    <message>
        <source>Measuring the adapter on the pairs kept aside…</source>
        <translation>取り分けたペアでアダプターを測定しています…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>学習の進み具合</translation>
    </message>
    <message>
        <source>The steps of the stage being trained</source>
        <translation>学習中の段階のステップ</translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation>学習をキャンセル</translation>
    </message>
    <message>
        <source>Stops the run at its next step; it can be resumed from its checkpoint</source>
        <translation>次のステップで学習を止めます。チェックポイントから再開できます</translation>
    </message>
    <message>
        <source>Show the log</source>
        <translation>ログを表示</translation>
    </message>
    <message>
        <source>Shows or hides what the training process wrote</source>
        <translation>学習プロセスの出力を表示・非表示にします</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>学習ログ</translation>
    </message>
    <message>
        <source>What the training process wrote, newest last</source>
        <translation>学習プロセスの出力(新しいものが下)</translation>
    </message>
    <message>
        <source>Run: {name}</source>
        <translation>学習: {name}</translation>
    </message>
    <message>
        <source>step {step} of {steps}</source>
        <translation>ステップ {step}/{steps}</translation>
    </message>
    <message>
        <source>{stage}: step {step} of {steps} · loss {loss} · {left}</source>
        <translation>{stage}: ステップ {step}/{steps} · 損失 {loss} · {left}</translation>
    </message>
    <message>
        <source>Checkpoint saved at step {step}.</source>
        <translation>ステップ {step} でチェックポイントを保存しました。</translation>
    </message>
    <message>
        <source>Stopping at the next step (a checkpoint is saved)…</source>
        <translation>次のステップで停止します(チェックポイントを保存します)…</translation>
    </message>
    <message>
        <source>Hide the log</source>
        <translation>ログを隠す</translation>
    </message>
    <message>
        <source>No pairs were kept aside, so there was nothing to measure it on: rate two versions of a few more replies Good and Bad, and the next run&apos;s report will say how much it moved.</source>
        <translation>取り分けたペアがないため、測定できるものがありませんでした。さらにいくつかの返答で2つのバージョンを「良い」「悪い」と評価すると、次回の学習レポートでどれだけ変わったかが分かります。</translation>
    </message>
    <message>
        <source>The margin is how much more likely the model finds the reply you liked than the one you did not (log p(liked) − log p(disliked)); above zero, it prefers yours.</source>
        <translation>マージンは、モデルが気に入った返答を、そうでない返答よりどれだけ起こりやすいと見なすかを表します(log p(良い) − log p(悪い))。0 より大きければ、あなたの好みを優先しています。</translation>
    </message>
    <message>
        <source>(an empty reply)</source>
        <translation>(空の返答)</translation>
    </message>
    <message>
        <source>Did it help?</source>
        <translation>効果はありましたか?</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>レポートの概要</translation>
    </message>
    <message>
        <source>Prompt kept aside</source>
        <translation>取り分けた質問</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>後</translation>
    </message>
    <message>
        <source>Margins before and after</source>
        <translation>前後のマージン</translation>
    </message>
    <message>
        <source>For each prompt kept aside, the margin before and after training</source>
        <translation>取り分けた各質問の、学習前後のマージン</translation>
    </message>
    <message>
        <source>Replies side by side</source>
        <translation>返答の比較</translation>
    </message>
    <message>
        <source>How it was trained</source>
        <translation>学習の内容</translation>
    </message>
    <message>
        <source>Use it in a new chat</source>
        <translation>新しいチャットで使う</translation>
    </message>
    <message>
        <source>Starts a new chat with this adapter on its base model</source>
        <translation>このアダプターをベースモデルに適用して新しいチャットを始めます</translation>
    </message>
    <message>
        <source>Did it help? {name}</source>
        <translation>効果はありましたか? {name}</translation>
    </message>
    <message>
        <source>On {count} prompts kept aside, the margin went from {before} to {after} on average: better on {improved} of {count}.</source>
        <translation>取り分けた {count} 件の質問で、マージンは平均 {before} から {after} になりました: {count} 件中 {improved} 件で改善。</translation>
    </message>
    <message>
        <source>Replies side by side (no pair was kept aside: it was trained on these prompts)</source>
        <translation>返信の比較（取り分けたペアがないため、これらは学習に使ったプロンプトです）</translation>
    </message>
    <message>
        <source>You: {prompt}</source>
        <translation>あなた: {prompt}</translation>
    </message>
    <message>
        <source>Trained with {sft} SFT and {dpo} preference steps in {time}.</source>
        <translation>SFT {sft} ステップと選好 {dpo} ステップで学習({time})。</translation>
    </message>
    <message>
        <source>The training used {memory} of memory at most.</source>
        <translation>学習で使ったメモリーは最大 {memory} でした。</translation>
    </message>
    <message>
        <source>Train an adapter</source>
        <translation>アダプターを学習させる</translation>
    </message>
    <message>
        <source>The model the adapter is trained on, and then applied to</source>
        <translation>アダプターを学習させ、その後に適用するモデル</translation>
    </message>
    <message>
        <source>Adapter name</source>
        <translation>アダプター名</translation>
    </message>
    <message>
        <source>What the adapter is called in the model list</source>
        <translation>モデル一覧に表示されるアダプターの名前</translation>
    </message>
    <message>
        <source>What a run uses</source>
        <translation>学習に使うもの</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>見積もり</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Advanced ▸</source>
        <translation>詳細設定 ▸</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Shows or hides the rank, steps and learning rates</source>
        <translation>ランク、ステップ数、学習率を表示・非表示にします</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>LoRA ランク</translation>
    </message>
    <message>
        <source>How much the adapter can learn: higher is bigger</source>
        <translation>アダプターが学習できる量: 大きいほどサイズも大きくなります</translation>
    </message>
    <message>
        <source>SFT steps</source>
        <translation>SFT ステップ数</translation>
    </message>
    <message>
        <source>Steps of learning from liked replies; auto: two passes over them</source>
        <translation>高評価の返答から学ぶステップ数。自動: 2 周</translation>
    </message>
    <message>
        <source>Preference steps</source>
        <translation>選好ステップ数</translation>
    </message>
    <message>
        <source>Steps of learning from the pairs; auto: two passes over them</source>
        <translation>ペアから学ぶステップ数。自動: 2 周</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>How far each SFT step moves the adapter</source>
        <translation>SFT の各ステップでアダプターをどれだけ動かすか</translation>
    </message>
    <message>
        <source>Preference learning rate</source>
        <translation>選好の学習率</translation>
    </message>
    <message>
        <source>How far each preference step moves the adapter</source>
        <translation>選好の各ステップでアダプターをどれだけ動かすか</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>学習を開始</translation>
    </message>
    <message>
        <source>Trains the adapter on your feedback, in the background</source>
        <translation>フィードバックでアダプターをバックグラウンドで学習させます</translation>
    </message>
    <message>
        <source>Advanced ▾</source>
        <translation>詳細設定 ▾</translation>
    </message>
    <message>
        <source>A run needs liked replies or preference pairs: rate some replies first.</source>
        <translation>学習には高評価の返答か選好ペアが必要です: まずいくつかの返答を評価してください。</translation>
    </message>
    <message>
        <source>A run: {sft} SFT steps on {liked}, then {dpo} preference steps on {pairs}; LoRA rank {rank}.</source>
        <translation>学習内容: {liked}で SFT {sft} ステップ、続いて{pairs}で選好 {dpo} ステップ。LoRA ランク {rank}。</translation>
    </message>
    <message>
        <source>It would take {time} and {memory} of memory on this computer.</source>
        <translation>このコンピューターでは{time}かかり、{memory} のメモリーを使います。</translation>
    </message>
    <message>
        <source>Only {free} of memory is free now: close other programs first, or the run may fail.</source>
        <translation>空きメモリーは {free} しかありません: 先に他のプログラムを閉じてください。閉じないと学習が失敗するおそれがあります。</translation>
    </message>
    <message>
        <source>There is no model on this computer to train: download one on the Models page.</source>
        <translation>学習させるモデルがこのコンピューターにありません: 「モデル」ページでダウンロードしてください。</translation>
    </message>
    <message>
        <source>{name} — finished; its adapter is not in the library yet</source>
        <translation>{name} — 完了。アダプターはまだライブラリに入っていません</translation>
    </message>
    <message>
        <source>SFT</source>
        <translation>SFT</translation>
    </message>
    <message>
        <source>preference</source>
        <translation>選好</translation>
    </message>
    <message>
        <source>{stage} step {step} of {steps}</source>
        <translation>{stage} ステップ {step}/{steps}</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>stopped (Hearth or the computer closed)</source>
        <translation>停止(Hearth またはコンピューターが終了しました)</translation>
    </message>
    <message>
        <source>{name} — {how} at {where}</source>
        <translation>{name} — {where}で{how}</translation>
    </message>
    <message>
        <source>{name} — {how}</source>
        <translation>{name} — {how}</translation>
    </message>
    <message>
        <source>Unfinished runs</source>
        <translation>未完了の学習</translation>
    </message>
    <message>
        <source>Resume {name}</source>
        <translation>{name} を再開</translation>
    </message>
    <message>
        <source>Goes on from the run&apos;s last checkpoint</source>
        <translation>学習の最後のチェックポイントから続けます</translation>
    </message>
    <message>
        <source>No checkpoint was saved: clean it up and start again</source>
        <translation>チェックポイントが保存されていません: 片付けてからやり直してください</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>片付ける</translation>
    </message>
    <message>
        <source>Clean up {name}</source>
        <translation>{name} を片付ける</translation>
    </message>
    <message>
        <source>Deletes the run&apos;s folder, its checkpoint and its log</source>
        <translation>学習のフォルダー、チェックポイント、ログを削除します</translation>
    </message>
    <message>
        <source>Shows the page where the model learns from your feedback.</source>
        <translation>モデルがあなたのフィードバックから学ぶページを表示します。</translation>
    </message>
    <message>
        <source>Replies now use {adapter}.</source>
        <translation>返答に {adapter} を使うようになりました。</translation>
    </message>
    <message>
        <source>This chat&apos;s adapter is no longer on this computer: it goes on with its model alone.</source>
        <translation>このチャットのアダプターはもうこのコンピューターにありません: モデル単体で続けます。</translation>
    </message>
</context>
</TS>
