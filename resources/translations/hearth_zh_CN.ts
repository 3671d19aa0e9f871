<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>fits</source>
        <translation>合适</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>勉强</translation>
    </message>
    <message>
        <source>too big</source>
        <translation>太大</translation>
    </message>
    <message>
        <source>Fit for this computer: {verdict}</source>
        <translation>是否适合本机：{verdict}</translation>
    </message>
    <message>
        <source>Your own ChatGPT, on your own computer.</source>
        <translation>你自己的 ChatGPT，运行在你自己的电脑上。</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <source>About sections</source>
        <translation>“关于”分区</translation>
    </message>
    <message>
        <source>Choose what to read: Hearth&apos;s versions, its llama.cpp build, licences</source>
        <translation>选择要查看的内容：Hearth 的版本、llama.cpp 构建、许可证</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Copy versions and build details, for a bug report</source>
        <translation>复制版本和构建详情，用于错误报告</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>关闭此对话框</translation>
    </message>
    <message>
        <source>{app} icon</source>
        <translation>{app} 图标</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>(bundled app)</source>
        <translation>（打包应用）</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>System</source>
        <comment>operating system</comment>
        <translation>系统</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>GPU backend</source>
        <translation>GPU 后端</translation>
    </message>
    <message>
        <source>llama.cpp could not be loaded: {error}</source>
        <translation>无法加载 llama.cpp：{error}</translation>
    </message>
    <message>
        <source>CPU features</source>
        <translation>CPU 特性</translation>
    </message>
    <message>
        <source>CPU build</source>
        <translation>CPU 构建</translation>
    </message>
    <message>
        <source>None: runs on the CPU</source>
        <translation>无：在 CPU 上运行</translation>
    </message>
    <message>
        <source>baseline only</source>
        <translation>仅基础指令集</translation>
    </message>
    <message>
        <source>(with {options})</source>
        <translation>（含 {options}）</translation>
    </message>
    <message>
        <source>Portable: {count} CPU variants, the best one loaded ({variants})</source>
        <translation>便携版：{count} 个 CPU 变体，已加载其中最佳的一个（{variants}）</translation>
    </message>
    <message>
        <source>One CPU backend: it needs a processor with every feature listed above</source>
        <translation>单一 CPU 后端：需要处理器具备上面列出的全部特性</translation>
    </message>
    <message>
        <source>llama.cpp system info</source>
        <translation>llama.cpp 系统信息</translation>
    </message>
    <message>
        <source>The line llama.cpp prints about the system it runs on</source>
        <translation>llama.cpp 输出的关于其运行系统的信息</translation>
    </message>
    <message>
        <source>System info, as llama.cpp reports it:</source>
        <translation>llama.cpp 报告的系统信息：</translation>
    </message>
    <message>
        <source>The licences of Hearth, the software it is built on, and the model</source>
        <translation>Hearth、其所基于的软件以及模型的许可证</translation>
    </message>
    <message>
        <source>Licence to read</source>
        <translation>要查看的许可证</translation>
    </message>
    <message>
        <source>Choose the licence whose full text is shown below</source>
        <translation>选择要在下方显示全文的许可证</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>许可证文本</translation>
    </message>
    <message>
        <source>The full text of the chosen licence</source>
        <translation>所选许可证的全文</translation>
    </message>
    <message>
        <source>Full text:</source>
        <translation>全文：</translation>
    </message>
    <message>
        <source>Hearth and the software it is built on:</source>
        <translation>Hearth 及其所基于的软件：</translation>
    </message>
    <message>
        <source>no model is loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <source>{name} does not state a licence in its file; check the terms where you got it.</source>
        <translation>{name} 的文件中未声明许可证；请到你获取它的地方查看条款。</translation>
    </message>
    <message>
        <source>{name} is under “{licence}”, as its file states. Its terms apply to what you do with it.</source>
        <translation>根据其文件说明，{name} 采用“{licence}”许可。你对它的使用须遵守其条款。</translation>
    </message>
    <message>
        <source>A reply was interrupted when Hearth last closed; it is kept as it was.</source>
        <translation>Hearth 上次关闭时有一条回复被中断；它已按原样保留。</translation>
    </message>
    <message>
        <source>{count} replies were interrupted when Hearth last closed; they are kept as they were.</source>
        <translation>Hearth 上次关闭时有 {count} 条回复被中断；它们已按原样保留。</translation>
    </message>
    <message>
        <source>The data folder is read-only: your chats can be read, but nothing new is saved.</source>
        <translation>数据文件夹为只读：可以查看你的聊天，但不会保存任何新内容。</translation>
    </message>
    <message>
        <source>Hearth cannot start: {error}</source>
        <translation>Hearth 无法启动：{error}</translation>
    </message>
    <message>
        <source>This model cannot see images: choose a vision model (an eye in the model list)</source>
        <translation>此模型无法识别图片：请选择视觉模型（模型选择器中带眼睛图标的模型）</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Write your message here: Enter sends it, Shift+Enter starts a new line.</source>
        <translation>在此输入消息：按 Enter 发送，按 Shift+Enter 换行。</translation>
    </message>
    <message>
        <source>Message Hearth…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>给 Hearth 发消息…  （Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <source>Leaves the edit: the message stays as it was.</source>
        <translation>退出编辑：消息保持原样。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove pasted text</source>
        <translation>移除粘贴的文本</translation>
    </message>
    <message>
        <source>Takes the attached pasted text off the message.</source>
        <translation>从消息中移除附加的粘贴文本。</translation>
    </message>
    <message>
        <source>Attach an image</source>
        <translation>附加图片</translation>
    </message>
    <message>
        <source>Chooses images to send with the message, for a model that can see them.</source>
        <translation>选择要随消息发送的图片，供能识别图片的模型使用。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Sends the message to the model.</source>
        <translation>将消息发送给模型。</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>附加图片</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stops the reply being written.</source>
        <translation>停止正在生成的回复。</translation>
    </message>
    <message>
        <source>Pasted text attached: {characters} characters, {lines} lines; it is sent with your message.</source>
        <translation>已附加粘贴的文本：{characters} 个字符，{lines} 行；它会随你的消息一起发送。</translation>
    </message>
    <message>
        <source>Editing a message: sending makes a new version; the old one is kept.</source>
        <translation>正在编辑消息：发送后会生成新版本；旧版本会保留。</translation>
    </message>
    <message>
        <source>Wait a moment: an image is still being read.</source>
        <translation>请稍候：仍在读取图片。</translation>
    </message>
    <message>
        <source>Rename chat</source>
        <translation>重命名聊天</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Chat deleted.</source>
        <translation>聊天已删除。</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>the pasted image</source>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <source>Not attached: {reason}</source>
        <translation>未附加：{reason}</translation>
    </message>
    <message>
        <source>Not attached: cannot read {name} ({error})</source>
        <translation>未附加：无法读取 {name}（{error}）</translation>
    </message>
    <message>
        <source>Not attached: {name} could not be read ({error})</source>
        <translation>未附加：读取 {name} 失败（{error}）</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>正在读取图片…</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <source>Takes this image off the message.</source>
        <translation>从消息中移除此图片。</translation>
    </message>
    <message>
        <source>Image missing</source>
        <translation>图片缺失</translation>
    </message>
    <message>
        <source>Attached images</source>
        <translation>已附加的图片</translation>
    </message>
    <message>
        <source>The images that go with the message; each can be taken off.</source>
        <translation>随消息一起发送的图片；每张都可以移除。</translation>
    </message>
    <message>
        <source>Searching {collections}…</source>
        <translation>正在搜索 {collections}…</translation>
    </message>
    <message>
        <source>Found {passages} in {collections}; reading them…</source>
        <translation>在 {collections} 中找到 {passages}；正在阅读…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新建文档集</translation>
    </message>
    <message>
        <source>Name the collection (say, “Work notes”):</source>
        <translation>为文档集命名（例如“工作笔记”）：</translation>
    </message>
    <message>
        <source>There is already a collection named {name}: its menu (⋯) adds folders and files to it.</source>
        <translation>已有名为 {name} 的文档集：可通过其菜单（⋯）向其中添加文件夹和文件。</translation>
    </message>
    <message>
        <source>A folder for {name}</source>
        <translation>用于 {name} 的文件夹</translation>
    </message>
    <message>
        <source>Add a folder to {name}</source>
        <translation>向 {name} 添加文件夹</translation>
    </message>
    <message>
        <source>Add files to {name}</source>
        <translation>向 {name} 添加文件</translation>
    </message>
    <message>
        <source>Indexing {name}… you can go on chatting meanwhile.</source>
        <translation>正在为 {name} 建立索引…你可以同时继续聊天。</translation>
    </message>
    <message>
        <source>partly indexed</source>
        <translation>部分已索引</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Problems in {name}</source>
        <translation>{name} 中的问题</translation>
    </message>
    <message>
        <source>{count} file was skipped</source>
        <translation>跳过了 {count} 个文件</translation>
    </message>
    <message>
        <source>{count} files were skipped</source>
        <translation>跳过了 {count} 个文件</translation>
    </message>
    <message>
        <source>{count} only partly indexed</source>
        <translation>{count} 个仅部分索引</translation>
    </message>
    <message>
        <source>{skipped} and {partial}</source>
        <translation>{skipped}，{partial}</translation>
    </message>
    <message>
        <source>No problems: every file was indexed.</source>
        <translation>没有问题：所有文件均已索引。</translation>
    </message>
    <message>
        <source>{problems}. Fix the file and choose Refresh to index it again.</source>
        <translation>{problems}。修复文件后选择“刷新”即可重新索引。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>The files that were skipped or only partly indexed, and why.</source>
        <translation>被跳过或仅部分索引的文件及其原因。</translation>
    </message>
    <message>
        <source>Closes the list of problems.</source>
        <translation>关闭问题列表。</translation>
    </message>
    <message>
        <source>Remove {name} from Hearth?

Its one indexed file is not touched: only Hearth&apos;s index is deleted. Replies that cited it keep the passages they quoted.</source>
        <translation>要从 Hearth 中移除 {name} 吗？

其中已索引的 1 个文件不会受影响：只会删除 Hearth 的索引。引用过它的回复会保留所引用的段落。</translation>
    </message>
    <message>
        <source>Remove {name} from Hearth?

Its {count} indexed files are not touched: only Hearth&apos;s index is deleted. Replies that cited it keep the passages they quoted.</source>
        <translation>要从 Hearth 中移除 {name} 吗？

其中已索引的 {count} 个文件不会受影响：只会删除 Hearth 的索引。引用过它的回复会保留所引用的段落。</translation>
    </message>
    <message>
        <source>Remove {name} from Hearth?

Its files are not touched: only Hearth&apos;s index is deleted. Replies that cited it keep the passages they quoted.</source>
        <translation>要从 Hearth 中移除 {name} 吗？

其文件不会受影响：只会删除 Hearth 的索引。引用过它的回复会保留所引用的段落。</translation>
    </message>
    <message>
        <source>Remove collection</source>
        <translation>移除文档集</translation>
    </message>
    <message>
        <source>{count} file indexed</source>
        <translation>已索引 {count} 个文件</translation>
    </message>
    <message>
        <source>{count} files indexed</source>
        <translation>已索引 {count} 个文件</translation>
    </message>
    <message>
        <source>{count} gone from disk</source>
        <translation>{count} 个已从磁盘消失</translation>
    </message>
    <message>
        <source>{count} skipped</source>
        <translation>{count} 个已跳过</translation>
    </message>
    <message>
        <source>up to date ({count} file)</source>
        <translation>已是最新（{count} 个文件）</translation>
    </message>
    <message>
        <source>up to date ({count} files)</source>
        <translation>已是最新（{count} 个文件）</translation>
    </message>
    <message>
        <source>{collection}: {outcome}</source>
        <translation>{collection}：{outcome}</translation>
    </message>
    <message>
        <source>{collection}: indexing stopped; {count} file done</source>
        <translation>{collection}：索引已停止；已完成 {count} 个文件</translation>
    </message>
    <message>
        <source>{collection}: indexing stopped; {count} files done</source>
        <translation>{collection}：索引已停止；已完成 {count} 个文件</translation>
    </message>
    <message>
        <source>{outcome} — searched by keywords only ({reason})</source>
        <translation>{outcome} — 仅按关键词搜索（{reason}）</translation>
    </message>
    <message>
        <source>{name} is still being removed: try again in a moment</source>
        <translation>{name} 仍在移除中：请稍后再试</translation>
    </message>
    <message>
        <source>{name}: indexing failed: {error}</source>
        <translation>{name}：索引失败：{error}</translation>
    </message>
    <message>
        <source>Removed {name} from Hearth; its files are untouched.</source>
        <translation>已从 Hearth 中移除 {name}；其文件未受影响。</translation>
    </message>
    <message>
        <source>No document collections yet: add a folder under Documents in the sidebar.</source>
        <translation>尚无文档集：请在侧边栏的“文档”下添加文件夹。</translation>
    </message>
    <message>
        <source>Docs: {collections}</source>
        <translation>文档：{collections}</translation>
    </message>
    <message>
        <source>Chooses the document collections this chat answers from.</source>
        <translation>选择此聊天用于回答的文档集。</translation>
    </message>
    <message>
        <source>Answer from these collections:</source>
        <translation>根据这些文档集回答：</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>新建文档集…</translation>
    </message>
    <message>
        <source>This chat answers from {collections}, citing the passages it uses</source>
        <translation>此聊天根据 {collections} 回答，并引用所用的段落</translation>
    </message>
    <message>
        <source>Answer from your documents: choose the collections this chat searches</source>
        <translation>根据你的文档回答：选择此聊天要搜索的文档集</translation>
    </message>
    <message>
        <source>{count} file</source>
        <translation>{count} 个文件</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation>{count} 个文件</translation>
    </message>
    <message>
        <source>{count} passage</source>
        <translation>{count} 个段落</translation>
    </message>
    <message>
        <source>{count} passages</source>
        <translation>{count} 个段落</translation>
    </message>
    <message>
        <source>{count} problem</source>
        <translation>{count} 个问题</translation>
    </message>
    <message>
        <source>{count} problems</source>
        <translation>{count} 个问题</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>剩余约 {seconds} 秒</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>剩余约 {minutes} 分钟</translation>
    </message>
    <message>
        <source>about {hours} h left</source>
        <translation>剩余约 {hours} 小时</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>正在查找文件…</translation>
    </message>
    <message>
        <source>Embedding {done} of {total} passages</source>
        <translation>正在嵌入 {done} / {total} 个段落</translation>
    </message>
    <message>
        <source>{done} of {files}</source>
        <translation>{done} / {files}</translation>
    </message>
    <message>
        <source>No folders or files yet</source>
        <translation>尚无文件夹或文件</translation>
    </message>
    <message>
        <source>Not indexed yet</source>
        <translation>尚未索引</translation>
    </message>
    <message>
        <source>{name}: menu</source>
        <translation>{name}：菜单</translation>
    </message>
    <message>
        <source>Opens this collection&apos;s menu.</source>
        <translation>打开此文档集的菜单。</translation>
    </message>
    <message>
        <source>Add folders or files, refresh, problems, remove</source>
        <translation>添加文件夹或文件、刷新、问题、移除</translation>
    </message>
    <message>
        <source>Files skipped or only partly indexed: Show problems… in its menu says why</source>
        <translation>有文件被跳过或仅部分索引：其菜单中的“显示问题…”会说明原因</translation>
    </message>
    <message>
        <source>Collection {name}</source>
        <translation>文档集 {name}</translation>
    </message>
    <message>
        <source>Waiting to check for changes…</source>
        <translation>正在等待检查更改…</translation>
    </message>
    <message>
        <source>Waiting to be indexed…</source>
        <translation>正在等待索引…</translation>
    </message>
    <message>
        <source>Shows or hides your document collections.</source>
        <translation>显示或隐藏你的文档集。</translation>
    </message>
    <message>
        <source>Show or hide your document collections</source>
        <translation>显示或隐藏你的文档集</translation>
    </message>
    <message>
        <source>Makes a new collection of a folder or files to chat with.</source>
        <translation>用文件夹或文件新建一个文档集，以便与之聊天。</translation>
    </message>
    <message>
        <source>New collection… (a folder or files to chat with)</source>
        <translation>新建文档集…（用于聊天的文件夹或文件）</translation>
    </message>
    <message>
        <source>Add a folder to chat with your documents: Hearth answers from them, citing its sources.</source>
        <translation>添加文件夹即可与你的文档聊天：Hearth 会根据它们回答，并注明来源。</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <source>Makes your first collection, of a folder to chat with.</source>
        <translation>用一个文件夹创建你的第一个文档集，与之对话。</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>文档集</translation>
    </message>
    <message>
        <source>Your document collections: each row has its own menu.</source>
        <translation>你的文档集：每一行都有自己的菜单。</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translation>停止索引</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Show problems…</source>
        <translation>显示问题…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Chat with models on another computer: vLLM, llama-server, Ollama, LM Studio or another Hearth. Messages to a remote engine leave this computer. API keys are kept in the OS keychain (or read from an environment variable), never in Hearth&apos;s files.</source>
        <translation>与另一台电脑上的模型聊天：vLLM、llama-server、Ollama、LM Studio 或另一个 Hearth。发往远程引擎的消息会离开本机。API 密钥保存在系统钥匙串中（或从环境变量读取），绝不会保存在 Hearth 的文件中。</translation>
    </message>
    <message>
        <source>key in keychain</source>
        <translation>密钥在钥匙串中</translation>
    </message>
    <message>
        <source>key from {variable}</source>
        <translation>密钥来自 {variable}</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>无密钥</translation>
    </message>
    <message>
        <source>no models</source>
        <translation>无模型</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 个模型</translation>
    </message>
    <message>
        <source>{count} models</source>
        <translation>{count} 个模型</translation>
    </message>
    <message>
        <source>Remote engines</source>
        <translation>远程引擎</translation>
    </message>
    <message>
        <source>The remote engines added, with their address, key and state</source>
        <translation>已添加的远程引擎及其地址、密钥和状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Selected engine</source>
        <translation>所选引擎</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Ask the selected engine (or every engine) for its models again</source>
        <translation>重新向所选引擎（或所有引擎）获取其模型列表</translation>
    </message>
    <message>
        <source>Forget the selected engine and its API key</source>
        <translation>移除所选引擎及其 API 密钥</translation>
    </message>
    <message>
        <source>Add an engine</source>
        <translation>添加引擎</translation>
    </message>
    <message>
        <source>optional: kept in the OS keychain</source>
        <translation>可选：保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Read the key from an environment variable:</source>
        <translation>从环境变量读取密钥：</translation>
    </message>
    <message>
        <source>Read the key from an environment variable</source>
        <translation>从环境变量读取密钥</translation>
    </message>
    <message>
        <source>Take the API key from the environment variable named beside</source>
        <translation>从旁边指定的环境变量中获取 API 密钥</translation>
    </message>
    <message>
        <source>optional: for a server with its own certificate</source>
        <translation>可选：用于使用自有证书的服务器</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Browse for a CA bundle</source>
        <translation>浏览 CA 证书包</translation>
    </message>
    <message>
        <source>Choose the certificate file the server&apos;s certificate is checked against</source>
        <translation>选择用于校验服务器证书的证书文件</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add the engine described above and check it</source>
        <translation>添加上面描述的引擎并检查</translation>
    </message>
    <message>
        <source>Engines message</source>
        <translation>引擎消息</translation>
    </message>
    <message>
        <source>The name the engine is shown under in the model picker</source>
        <translation>引擎在模型选择器中显示的名称</translation>
    </message>
    <message>
        <source>The engine&apos;s OpenAI-compatible address, such as http://host:8000/v1</source>
        <translation>引擎的 OpenAI 兼容地址，例如 http://host:8000/v1</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>The engine&apos;s API key, if it needs one</source>
        <translation>引擎的 API 密钥（如需要）</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>The environment variable that holds the API key</source>
        <translation>保存 API 密钥的环境变量</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA 证书包</translation>
    </message>
    <message>
        <source>A certificate file for a server with its own certificate</source>
        <translation>用于使用自有证书的服务器的证书文件</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>CA bundle: {path}</source>
        <translation>CA 证书包：{path}</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <source>{name} cannot be asked: {error}</source>
        <translation>无法访问 {name}：{error}</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>there is no CA bundle at {path}</source>
        <translation>{path} 处没有 CA 证书包</translation>
    </message>
    <message>
        <source>name the environment variable that holds the key (letters, digits and &apos;_&apos;, e.g. GPU_BOX_KEY)</source>
        <translation>请填写保存密钥的环境变量名（字母、数字和 &apos;_&apos;，例如 GPU_BOX_KEY）</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>已添加 {name}。</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>已移除 {name}。</translation>
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
        <translation>导出聊天</translation>
    </message>
    <message>
        <source>Not exported: {error}</source>
        <translation>未导出：{error}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <source>Import chat</source>
        <translation>导入聊天</translation>
    </message>
    <message>
        <source>Hearth chat</source>
        <translation>Hearth 聊天</translation>
    </message>
    <message>
        <source>Not imported: {name} is not a text file</source>
        <translation>未导入：{name} 不是文本文件</translation>
    </message>
    <message>
        <source>Not imported: {error}</source>
        <translation>未导入：{error}</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>已导入 {name}</translation>
    </message>
    <message>
        <source>Export feedback as SFT data</source>
        <translation>将反馈导出为 SFT 数据</translation>
    </message>
    <message>
        <source>Export feedback as preference data</source>
        <translation>将反馈导出为偏好数据</translation>
    </message>
    <message>
        <source>{count} SFT records written to {path}</source>
        <translation>已将 {count} 条 SFT 记录写入 {path}</translation>
    </message>
    <message>
        <source>{count} preference records written to {path}</source>
        <translation>已将 {count} 条偏好记录写入 {path}</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Opens the settings of Hearth and of this chat.</source>
        <translation>打开 Hearth 和此聊天的设置。</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Shows the models page: download, find and manage models.</source>
        <translation>显示模型页面：下载、查找和管理模型。</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Choose a model to start chatting.</source>
        <translation>选择一个模型开始聊天。</translation>
    </message>
    <message>
        <source>Not enough memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>Load it anyway?</source>
        <translation>仍要加载吗？</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>打开 GGUF 模型</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>GGUF 模型</translation>
    </message>
    <message>
        <source>cannot load {path}: {error}</source>
        <translation>无法加载 {path}：{error}</translation>
    </message>
    <message>
        <source>Loading the model… you can start typing.</source>
        <translation>正在加载模型…你可以先开始输入。</translation>
    </message>
    <message>
        <source>The model could not be loaded: choose another one.</source>
        <translation>无法加载该模型：请选择其他模型。</translation>
    </message>
    <message>
        <source>{message} — still using {model}.</source>
        <translation>{message} — 仍在使用 {model}。</translation>
    </message>
    <message>
        <source>Open another GGUF file, or download a model.</source>
        <translation>打开另一个 GGUF 文件，或下载一个模型。</translation>
    </message>
    <message>
        <source>Source {number}: {where}</source>
        <translation>来源 {number}：{where}</translation>
    </message>
    <message>
        <source>This reply cites [{number}], but it was given no source {number}</source>
        <translation>此回复引用了 [{number}]，但并未向它提供来源 {number}</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Nothing to export yet: this chat is empty.</source>
        <translation>暂无可导出的内容：此聊天为空。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>新建聊天(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import chat…</source>
        <translation>导入聊天(&amp;I)…</translation>
    </message>
    <message>
        <source>Export chat as &amp;Markdown…</source>
        <translation>将聊天导出为 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>Export chat as &amp;JSON…</source>
        <translation>将聊天导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Export feedback as &amp;SFT data…</source>
        <translation>将反馈导出为 SFT 数据(&amp;S)…</translation>
    </message>
    <message>
        <source>Export feedback as &amp;preference data…</source>
        <translation>将反馈导出为偏好数据(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>聊天(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Search chats</source>
        <translation>搜索聊天(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top reply</source>
        <translation>停止回复(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Regenerate reply</source>
        <translation>重新生成回复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy last reply</source>
        <translation>复制最后一条回复(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit last message</source>
        <translation>编辑最后一条消息(&amp;E)</translation>
    </message>
    <message>
        <source>Chat &amp;settings…</source>
        <translation>聊天设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Open a GGUF file…</source>
        <translation>打开 GGUF 文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>模型(&amp;M)…</translation>
    </message>
    <message>
        <source>Make it &amp;yours…</source>
        <translation>个性化(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Hearth</source>
        <translation>关于 Hearth(&amp;A)</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>What was good or bad about this reply? (optional)</source>
        <translation>这条回复好在哪里，或差在哪里？（可选）</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <source>A very long message</source>
        <translation>消息过长</translation>
    </message>
    <message>
        <source>This message is about {estimate} tokens; the model&apos;s context holds {size}. Older turns will be left out, or it may not fit at all. Send it anyway?</source>
        <translation>这条消息约有 {estimate} 个 token；模型的上下文可容纳 {size} 个。较早的对话轮次将被省略，或者它可能根本放不下。仍要发送吗？</translation>
    </message>
    <message>
        <source>Not opened: {address} (only web and mail links open)</source>
        <translation>未打开：{address}（仅可打开网页和邮件链接）</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <source>Open this address in your browser?

{address}</source>
        <translation>要在浏览器中打开此地址吗？

{address}</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Interrupted: Hearth closed before this reply finished</source>
        <translation>已中断：此回复完成前 Hearth 已关闭</translation>
    </message>
    <message>
        <source>Cut off at the length limit</source>
        <translation>因达到长度上限而截断</translation>
    </message>
    <message>
        <source>The reply failed</source>
        <translation>回复失败</translation>
    </message>
    <message>
        <source>{count} tokens</source>
        <translation>{count} 个 token</translation>
    </message>
    <message>
        <source>{speed} tok/s</source>
        <translation>{speed} tok/s</translation>
    </message>
    <message>
        <source>{seconds} s to first token</source>
        <translation>首个 token 用时 {seconds} 秒</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>上一个版本</translation>
    </message>
    <message>
        <source>Shows the previous version.</source>
        <translation>显示上一个版本。</translation>
    </message>
    <message>
        <source>Next version</source>
        <translation>下一个版本</translation>
    </message>
    <message>
        <source>Shows the next version.</source>
        <translation>显示下一个版本。</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>你的消息</translation>
    </message>
    <message>
        <source>Assistant reply</source>
        <translation>助手回复</translation>
    </message>
    <message>
        <source>The text of the message; it can be selected and copied.</source>
        <translation>消息的文本；可以选择和复制。</translation>
    </message>
    <message>
        <source>Show the whole message</source>
        <translation>显示完整消息</translation>
    </message>
    <message>
        <source>Opens the whole text of this long message in a viewer.</source>
        <translation>在查看器中打开这条长消息的全文。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>复制消息</translation>
    </message>
    <message>
        <source>Copies the text of the message to the clipboard.</source>
        <translation>将消息文本复制到剪贴板。</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit and resend</source>
        <translation>编辑并重新发送</translation>
    </message>
    <message>
        <source>Puts the message in the composer to change it.</source>
        <translation>将消息放入输入框以便修改。</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Regenerate reply</source>
        <translation>重新生成回复</translation>
    </message>
    <message>
        <source>Writes a new version of this reply.</source>
        <translation>生成此回复的新版本。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Continue reply</source>
        <translation>继续回复</translation>
    </message>
    <message>
        <source>Lets the model go on from where it stopped.</source>
        <translation>让模型从停止处继续生成。</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>好评</translation>
    </message>
    <message>
        <source>Good reply</source>
        <translation>好回复</translation>
    </message>
    <message>
        <source>Rates the reply good, with an optional note.</source>
        <translation>给回复好评，可附备注。</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>差评</translation>
    </message>
    <message>
        <source>Bad reply</source>
        <translation>差回复</translation>
    </message>
    <message>
        <source>Rates the reply bad, with an optional note.</source>
        <translation>给回复差评，可附备注。</translation>
    </message>
    <message>
        <source>Reply statistics</source>
        <translation>回复统计</translation>
    </message>
    <message>
        <source>The reply failed: {error}</source>
        <translation>回复失败：{error}</translation>
    </message>
    <message>
        <source>Left out of the model&apos;s context (too long)</source>
        <translation>未纳入模型上下文（过长）</translation>
    </message>
    <message>
        <source>Bad reply — your note: {note}</source>
        <translation>差回复 — 你的备注：{note}</translation>
    </message>
    <message>
        <source>Good reply — your note: {note}</source>
        <translation>好回复 — 你的备注：{note}</translation>
    </message>
    <message>
        <source>Show all ({count} more characters)</source>
        <translation>显示全部（还有 {count} 个字符）</translation>
    </message>
    <message>
        <source>The whole message</source>
        <translation>完整消息</translation>
    </message>
    <message>
        <source>The whole text of the message, read-only.</source>
        <translation>消息的全文，只读。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Chooses the model for this chat, or opens a GGUF file.</source>
        <translation>为此聊天选择模型，或打开一个 GGUF 文件。</translation>
    </message>
    <message>
        <source>Choose the model for this chat</source>
        <translation>为此聊天选择模型</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <source>Open a GGUF file…</source>
        <translation>打开 GGUF 文件…</translation>
    </message>
    <message>
        <source>Can see images</source>
        <translation>能识别图片</translation>
    </message>
    <message>
        <source>can see images</source>
        <translation>能识别图片</translation>
    </message>
    <message>
        <source>An adapter you trained on {model}</source>
        <translation>你在 {model} 上训练的适配器</translation>
    </message>
    <message>
        <source>{engine} — remote · {host}</source>
        <translation>{engine} — 远程 · {host}</translation>
    </message>
    <message>
        <source>{model}   [remote]</source>
        <translation>{model}   [远程]</translation>
    </message>
    <message>
        <source>on {engine} ({url})</source>
        <translation>位于 {engine}（{url}）</translation>
    </message>
    <message>
        <source>Offline: the Hugging Face Hub cannot be reached, so nothing can be downloaded now. Opening a GGUF file and the models already on this computer still work.</source>
        <translation>离线：无法连接 Hugging Face Hub，因此现在无法下载任何内容。打开 GGUF 文件和使用本机已有的模型仍然可用。</translation>
    </message>
    <message>
        <source>Not downloaded: {error}</source>
        <translation>未下载：{error}</translation>
    </message>
    <message>
        <source>{repo} no longer has {file}</source>
        <translation>{repo} 中已不再有 {file}</translation>
    </message>
    <message>
        <source>Looking up {name} on the Hugging Face Hub…</source>
        <translation>正在 Hugging Face Hub 上查找 {name}…</translation>
    </message>
    <message>
        <source>The Hub request failed: {error}</source>
        <translation>Hub 请求失败：{error}</translation>
    </message>
    <message>
        <source>Copying {name}… {percent}%</source>
        <translation>正在复制 {name}… {percent}%</translation>
    </message>
    <message>
        <source>Linked {name}</source>
        <translation>已链接 {name}</translation>
    </message>
    <message>
        <source>Forgot {name}</source>
        <translation>已不再列出 {name}</translation>
    </message>
    <message>
        <source>Deleted {name}</source>
        <translation>已删除 {name}</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>校验中</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s, {time} left</source>
        <translation>{done} / {total} · {speed}/s，剩余 {time}</translation>
    </message>
    <message>
        <source>{done} of {total} · {speed}/s</source>
        <translation>{done} / {total} · {speed}/s</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>{total} · verified</source>
        <translation>{total} · 已校验</translation>
    </message>
    <message>
        <source>{done} of {total} · {state}</source>
        <translation>{done} / {total} · {state}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause download</source>
        <translation>暂停下载</translation>
    </message>
    <message>
        <source>Stops the download for now; Resume goes on from there.</source>
        <translation>暂时停止下载；“恢复”会从中断处接着下载。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Resume download</source>
        <translation>恢复下载</translation>
    </message>
    <message>
        <source>Goes on with the paused download.</source>
        <translation>继续已暂停的下载。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Retry download</source>
        <translation>重试下载</translation>
    </message>
    <message>
        <source>Tries the failed download again.</source>
        <translation>重新尝试失败的下载。</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <source>Stops the download and deletes what was downloaded.</source>
        <translation>停止下载并删除已下载的部分。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Dismiss download</source>
        <translation>清除下载项</translation>
    </message>
    <message>
        <source>Removes this download from the list.</source>
        <translation>从列表中移除此下载项。</translation>
    </message>
    <message>
        <source>Progress of {name}</source>
        <translation>{name} 的进度</translation>
    </message>
    <message>
        <source>Download status of {name}</source>
        <translation>{name} 的下载状态</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Nothing is downloading.</source>
        <translation>没有正在进行的下载。</translation>
    </message>
    <message>
        <source>Queued…</source>
        <translation>排队中…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>校验中…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Downloading {percent}%</source>
        <translation>正在下载 {percent}%</translation>
    </message>
    <message>
        <source>Downloads this file, or chats with it once it is in the library.</source>
        <translation>下载此文件；已在模型库中时则用它聊天。</translation>
    </message>
    <message>
        <source>In library</source>
        <translation>已在模型库中</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>使用 {name}</translation>
    </message>
    <message>
        <source>{status} {name}</source>
        <translation>{status} {name}</translation>
    </message>
    <message>
        <source>Download {name}</source>
        <translation>下载 {name}</translation>
    </message>
    <message>
        <source>Search GGUF models on the Hugging Face Hub, e.g. qwen instruct</source>
        <translation>在 Hugging Face Hub 上搜索 GGUF 模型，例如 qwen instruct</translation>
    </message>
    <message>
        <source>Search the Hub</source>
        <translation>搜索 Hub</translation>
    </message>
    <message>
        <source>Words to search the Hugging Face Hub&apos;s GGUF models for; Enter searches.</source>
        <translation>用于搜索 Hugging Face Hub 上 GGUF 模型的关键词；按 Enter 搜索。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Sends the search words to the Hugging Face Hub.</source>
        <translation>将搜索关键词发送到 Hugging Face Hub。</translation>
    </message>
    <message>
        <source>Searching sends your words to the Hugging Face Hub; nothing else leaves this computer.</source>
        <translation>搜索会将你的关键词发送到 Hugging Face Hub；其他任何内容都不会离开本机。</translation>
    </message>
    <message>
        <source>Hub status</source>
        <translation>Hub 状态</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Repositories with GGUF files; choose one to list its files.</source>
        <translation>包含 GGUF 文件的仓库；选择一个以列出其文件。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Fits?</source>
        <translation>适合本机？</translation>
    </message>
    <message>
        <source>Files of the repository</source>
        <translation>仓库中的文件</translation>
    </message>
    <message>
        <source>The repository&apos;s model files by quantisation, with Download or Use.</source>
        <translation>按量化方式列出的仓库模型文件，可下载或使用。</translation>
    </message>
    <message>
        <source>Token for gated models:</source>
        <translation>受限模型的访问令牌：</translation>
    </message>
    <message>
        <source>Hugging Face token</source>
        <translation>Hugging Face 访问令牌</translation>
    </message>
    <message>
        <source>An access token for gated models on the Hugging Face Hub.</source>
        <translation>用于 Hugging Face Hub 上受限模型的访问令牌。</translation>
    </message>
    <message>
        <source>hf_…  (stored where huggingface_hub keeps it)</source>
        <translation>hf_…  （存储在 huggingface_hub 保存它的位置）</translation>
    </message>
    <message>
        <source>Save token</source>
        <translation>保存令牌</translation>
    </message>
    <message>
        <source>Stores the token where huggingface_hub keeps it.</source>
        <translation>将令牌存储在 huggingface_hub 保存它的位置。</translation>
    </message>
    <message>
        <source>Forget token</source>
        <translation>清除令牌</translation>
    </message>
    <message>
        <source>Deletes the stored Hugging Face token.</source>
        <translation>删除已存储的 Hugging Face 访问令牌。</translation>
    </message>
    <message>
        <source>Token not saved: {error}.</source>
        <translation>令牌未保存：{error}。</translation>
    </message>
    <message>
        <source>Token saved; gated repos you have access to will now download.</source>
        <translation>令牌已保存；现在可以下载你有权访问的受限仓库。</translation>
    </message>
    <message>
        <source>Token not forgotten: {error}.</source>
        <translation>令牌未清除：{error}。</translation>
    </message>
    <message>
        <source>Token forgotten.</source>
        <translation>令牌已清除。</translation>
    </message>
    <message>
        <source>Token forgotten; HF_TOKEN is still set in the environment.</source>
        <translation>令牌已清除；但环境中仍设置了 HF_TOKEN。</translation>
    </message>
    <message>
        <source>Searching for “{words}”…</source>
        <translation>正在搜索“{words}”…</translation>
    </message>
    <message>
        <source>{repo} (gated)</source>
        <translation>{repo}（受限）</translation>
    </message>
    <message>
        <source>{count} repositories with GGUF files, most downloaded first.</source>
        <translation>{count} 个包含 GGUF 文件的仓库，按下载量从高到低排列。</translation>
    </message>
    <message>
        <source>No GGUF repositories match.</source>
        <translation>没有匹配的 GGUF 仓库。</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation>搜索失败：{error}</translation>
    </message>
    <message>
        <source>Listing the files of {repo}…</source>
        <translation>正在列出 {repo} 的文件…</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>{repo}: {count} GGUF models (gated: needs a token)</source>
        <translation>{repo}：{count} 个 GGUF 模型（受限：需要访问令牌）</translation>
    </message>
    <message>
        <source>{repo}: {count} GGUF models</source>
        <translation>{repo}：{count} 个 GGUF 模型</translation>
    </message>
    <message>
        <source>{name} ({parts} parts)</source>
        <translation>{name}（{parts} 个分片）</translation>
    </message>
    <message>
        <source>vision projector</source>
        <translation>视觉投影器</translation>
    </message>
    <message>
        <source>Quant</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Import a GGUF file (copy)…</source>
        <translation>导入 GGUF 文件（复制）…</translation>
    </message>
    <message>
        <source>Import a GGUF file</source>
        <translation>导入 GGUF 文件</translation>
    </message>
    <message>
        <source>Copies a GGUF model file into the models folder.</source>
        <translation>将 GGUF 模型文件复制到模型文件夹。</translation>
    </message>
    <message>
        <source>Use a GGUF file in place…</source>
        <translation>就地使用 GGUF 文件…</translation>
    </message>
    <message>
        <source>Use a GGUF file in place</source>
        <translation>就地使用 GGUF 文件</translation>
    </message>
    <message>
        <source>Lists a GGUF model file where it is, without copying it.</source>
        <translation>在原位置列出 GGUF 模型文件，不复制。</translation>
    </message>
    <message>
        <source>Models on this computer</source>
        <translation>本机上的模型</translation>
    </message>
    <message>
        <source>The models in the library, each with Use and Delete buttons.</source>
        <translation>模型库中的模型，每个都有“使用”和“删除”按钮。</translation>
    </message>
    <message>
        <source>Found in other apps (used in place, not copied)</source>
        <translation>在其他应用中找到（就地使用，不复制）</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Models found in other apps</source>
        <translation>在其他应用中找到的模型</translation>
    </message>
    <message>
        <source>Models other apps downloaded, each usable in place.</source>
        <translation>其他应用下载的模型，均可就地使用。</translation>
    </message>
    <message>
        <source>No models from the Hugging Face cache, LM Studio, GPT4All or Ollama were found.</source>
        <translation>未在 Hugging Face 缓存、LM Studio、GPT4All 或 Ollama 中找到模型。</translation>
    </message>
    <message>
        <source>Models folder: {folder}</source>
        <translation>模型文件夹：{folder}</translation>
    </message>
    <message>
        <source>Could not scan: {error}</source>
        <translation>无法扫描：{error}</translation>
    </message>
    <message>
        <source>{name} (linked)</source>
        <translation>{name}（已链接）</translation>
    </message>
    <message>
        <source>unusable: {error}</source>
        <translation>无法使用：{error}</translation>
    </message>
    <message>
        <source>embedding model: used for documents</source>
        <translation>嵌入模型：用于文档</translation>
    </message>
    <message>
        <source>Use in place</source>
        <translation>就地使用</translation>
    </message>
    <message>
        <source>Use {name} in place</source>
        <translation>就地使用 {name}</translation>
    </message>
    <message>
        <source>Adds this model to the library without copying it.</source>
        <translation>将此模型添加到模型库，但不复制。</translation>
    </message>
    <message>
        <source>Starts a chat with this model.</source>
        <translation>用此模型开始聊天。</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>不再列出</translation>
    </message>
    <message>
        <source>Forget {name}</source>
        <translation>不再列出 {name}</translation>
    </message>
    <message>
        <source>Stops listing this model; its file stays.</source>
        <translation>不再列出此模型；其文件会保留。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>删除 {name}</translation>
    </message>
    <message>
        <source>Deletes this model&apos;s file from this computer.</source>
        <translation>从本机删除此模型的文件。</translation>
    </message>
    <message>
        <source>Stop listing {name}? The file itself stays where it is:
{path}</source>
        <translation>确定不再列出 {name} 吗？文件本身会保留在原处：
{path}</translation>
    </message>
    <message>
        <source>Delete {name} ({size}) from this computer?
{path}</source>
        <translation>要从本机删除 {name}（{size}）吗？
{path}</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>移除模型</translation>
    </message>
    <message>
        <source>Choose a GGUF model</source>
        <translation>选择 GGUF 模型</translation>
    </message>
    <message>
        <source>← Back to chat</source>
        <translation>← 返回聊天</translation>
    </message>
    <message>
        <source>Back to chat</source>
        <translation>返回聊天</translation>
    </message>
    <message>
        <source>Leaves the Models page and shows the chat again.</source>
        <translation>离开模型页面并重新显示聊天。</translation>
    </message>
    <message>
        <source>Models notice</source>
        <translation>模型提示</translation>
    </message>
    <message>
        <source>Recommended models, a search of the Hugging Face Hub, and the models on this computer.</source>
        <translation>推荐模型、Hugging Face Hub 搜索以及本机上的模型。</translation>
    </message>
    <message>
        <source>Models picked for this computer.</source>
        <translation>为这台电脑挑选的模型。</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>The downloads in progress, queued and finished.</source>
        <translation>进行中、排队中和已完成的下载。</translation>
    </message>
    <message>
        <source>{parameters} parameters</source>
        <translation>{parameters} 参数</translation>
    </message>
    <message>
        <source>{context} context</source>
        <translation>{context} 上下文</translation>
    </message>
    <message>
        <source>Downloads this model, or chats with it once it is on this computer.</source>
        <translation>下载此模型；已在本机时则用它聊天。</translation>
    </message>
    <message>
        <source>Used for documents</source>
        <translation>用于文档</translation>
    </message>
    <message>
        <source>Used for documents {name}</source>
        <translation>{name}（用于文档）</translation>
    </message>
    <message>
        <source>Downloading {percent}% {name}</source>
        <translation>正在下载 {name} {percent}%</translation>
    </message>
    <message>
        <source>{place} — source {number}</source>
        <translation>{place} — 来源 {number}</translation>
    </message>
    <message>
        <source>The cited passage in its file</source>
        <translation>文件中被引用的段落</translation>
    </message>
    <message>
        <source>The file&apos;s text, read-only, with the cited passage marked.</source>
        <translation>文件的文本（只读），已标出被引用的段落。</translation>
    </message>
    <message>
        <source>Closes the passage.</source>
        <translation>关闭段落。</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>显示文件夹</translation>
    </message>
    <message>
        <source>Opens the file with the system&apos;s app for it.</source>
        <translation>用系统中对应的应用打开该文件。</translation>
    </message>
    <message>
        <source>Shows the folder the file is in.</source>
        <translation>显示该文件所在的文件夹。</translation>
    </message>
    <message>
        <source>Open {path}</source>
        <translation>打开 {path}</translation>
    </message>
    <message>
        <source>Reading page {page}…</source>
        <translation>正在读取第 {page} 页…</translation>
    </message>
    <message>
        <source>Page {page} could not be read again: showing the passage as it was indexed.</source>
        <translation>无法重新读取第 {page} 页：显示索引时的段落。</translation>
    </message>
    <message>
        <source>The file changed since it was indexed: showing the passage as it was.</source>
        <translation>文件在建立索引后已更改：显示的是段落原来的样子。</translation>
    </message>
    <message>
        <source>The passage as it was indexed; open the file to see it in place.</source>
        <translation>段落建立索引时的样子；打开文件可在原处查看。</translation>
    </message>
    <message>
        <source>The file is gone or cannot be read ({reason}): showing the passage as it was indexed.</source>
        <translation>文件已不存在或无法读取（{reason}）：显示的是段落建立索引时的样子。</translation>
    </message>
    <message>
        <source>Messages leave this computer</source>
        <translation>消息将离开本机</translation>
    </message>
    <message>
        <source>This chat uses {model} on {engine}. What you send in it, and the chat before it, will leave this computer for {host}.

Send it?</source>
        <translation>此聊天使用 {engine} 上的 {model}。你在其中发送的内容以及之前的聊天内容将离开本机，发送到 {host}。

要发送吗？</translation>
    </message>
    <message>
        <source>The server&apos;s API key could not be saved: {error}</source>
        <translation>无法保存服务器的 API 密钥：{error}</translation>
    </message>
    <message>
        <source>The local server did not start: {error}</source>
        <translation>本地服务器未能启动：{error}</translation>
    </message>
    <message>
        <source>The local server is listening at {url}</source>
        <translation>本地服务器正在 {url} 上监听</translation>
    </message>
    <message>
        <source>Server :{port} · {count} active</source>
        <translation>服务器 :{port} · {count} 个活动请求</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps (an OpenAI-compatible API)</source>
        <translation>向其他应用提供已加载的模型（OpenAI 兼容 API）</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>本地服务器</translation>
    </message>
    <message>
        <source>Serve the loaded model to other apps through an OpenAI-compatible API</source>
        <translation>通过 OpenAI 兼容 API 向其他应用提供已加载的模型</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>服务器端口</translation>
    </message>
    <message>
        <source>The port the local server listens on</source>
        <translation>本地服务器监听的端口</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>并发请求数</translation>
    </message>
    <message>
        <source>How many requests are answered at once, the window&apos;s chat included</source>
        <translation>同时响应的请求数量，包括窗口中的聊天</translation>
    </message>
    <message>
        <source>The window&apos;s chat is one of them; each has its own context</source>
        <translation>窗口中的聊天也算其中之一；每个请求都有自己的上下文</translation>
    </message>
    <message>
        <source>Allow other computers on my network (they must send the API key)</source>
        <translation>允许我网络中的其他电脑（它们须发送 API 密钥）</translation>
    </message>
    <message>
        <source>Allow other computers</source>
        <translation>允许其他电脑</translation>
    </message>
    <message>
        <source>Let other computers on the network connect; they must send the API key</source>
        <translation>允许网络中的其他电脑连接；它们须发送 API 密钥</translation>
    </message>
    <message>
        <source>Let API clients load other models of the library</source>
        <translation>允许 API 客户端加载模型库中的其他模型</translation>
    </message>
    <message>
        <source>Let API clients load other models</source>
        <translation>允许 API 客户端加载其他模型</translation>
    </message>
    <message>
        <source>API clients may load any model of the library, not just the loaded one</source>
        <translation>API 客户端可以加载模型库中的任何模型，而不仅是已加载的那个</translation>
    </message>
    <message>
        <source>Keep API conversations with my chats</source>
        <translation>将 API 对话与我的聊天一起保存</translation>
    </message>
    <message>
        <source>Keep API conversations</source>
        <translation>保存 API 对话</translation>
    </message>
    <message>
        <source>Save the conversations API clients have among your chats</source>
        <translation>将 API 客户端的对话保存到你的聊天中</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>新密钥</translation>
    </message>
    <message>
        <source>Make a new API key; clients with the old one are refused</source>
        <translation>生成新的 API 密钥；使用旧密钥的客户端将被拒绝</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>复制密钥</translation>
    </message>
    <message>
        <source>Copy the API key to the clipboard</source>
        <translation>将 API 密钥复制到剪贴板</translation>
    </message>
    <message>
        <source>How to call the server</source>
        <translation>如何调用服务器</translation>
    </message>
    <message>
        <source>Examples of calling the server with curl and with Python</source>
        <translation>使用 curl 和 Python 调用服务器的示例</translation>
    </message>
    <message>
        <source>Copy curl</source>
        <translation>复制 curl</translation>
    </message>
    <message>
        <source>Copy the curl example to the clipboard</source>
        <translation>将 curl 示例复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy Python</source>
        <translation>复制 Python</translation>
    </message>
    <message>
        <source>Copy the Python example to the clipboard</source>
        <translation>将 Python 示例复制到剪贴板</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Call it from your editor, your scripts, other apps:</source>
        <translation>可从你的编辑器、脚本或其他应用调用：</translation>
    </message>
    <message>
        <source>not needed on this computer alone</source>
        <translation>仅在本机使用时不需要</translation>
    </message>
    <message>
        <source>the key could not be saved: {error}</source>
        <translation>无法保存密钥：{error}</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Stop and say so</source>
        <translation>停止并提示</translation>
    </message>
    <message>
        <source>Drop the oldest turns (after the system prompt)</source>
        <translation>丢弃最早的对话轮次（系统提示词之后的）</translation>
    </message>
    <message>
        <source>Keep a rolling window (drops half at once, so the cache stays reusable)</source>
        <translation>保持滚动窗口（一次丢弃一半，以便缓存可继续复用）</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>设置分区</translation>
    </message>
    <message>
        <source>Choose which settings to show: this chat, the app, the server or engines</source>
        <translation>选择要显示的设置：此聊天、应用、服务器或引擎</translation>
    </message>
    <message>
        <source>This chat</source>
        <translation>此聊天</translation>
    </message>
    <message>
        <source>Engines</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Apply these settings and close the dialog</source>
        <translation>应用这些设置并关闭对话框</translation>
    </message>
    <message>
        <source>Close the dialog without applying the changes</source>
        <translation>关闭对话框，不应用更改</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Fill in this chat&apos;s settings from a saved preset</source>
        <translation>用已保存的预设填写此聊天的设置</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>另存为预设…</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>另存为预设</translation>
    </message>
    <message>
        <source>Save the settings shown as a preset under a name you choose</source>
        <translation>将显示的设置以你选择的名称保存为预设</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>删除预设</translation>
    </message>
    <message>
        <source>Delete the chosen preset</source>
        <translation>删除所选预设</translation>
    </message>
    <message>
        <source>Use for new chats</source>
        <translation>用于新聊天</translation>
    </message>
    <message>
        <source>New chats start with the chosen preset</source>
        <translation>新聊天将使用所选预设</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Instructions the model reads before each message of this chat</source>
        <translation>模型在此聊天的每条消息之前读取的指令</translation>
    </message>
    <message>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>app default</source>
        <translation>应用默认值</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>How varied the replies are: higher is more random</source>
        <translation>回复的多样性：越高越随机</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Only the likeliest words that together reach this probability are chosen</source>
        <translation>只从累计概率达到此值的最可能的词中选择</translation>
    </message>
    <message>
        <source>Top k</source>
        <translation>Top k</translation>
    </message>
    <message>
        <source>Only this many of the likeliest words are chosen from; 0 for no limit</source>
        <translation>只从这么多个最可能的词中选择；0 表示不限制</translation>
    </message>
    <message>
        <source>Min p</source>
        <translation>Min p</translation>
    </message>
    <message>
        <source>Words less likely than this share of the likeliest one are left out</source>
        <translation>概率低于最可能词的此比例的词会被排除</translation>
    </message>
    <message>
        <source>Repeat penalty</source>
        <translation>重复惩罚</translation>
    </message>
    <message>
        <source>How much the model avoids repeating itself</source>
        <translation>模型避免重复自身的程度</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <source>The longest a reply may be, in tokens</source>
        <translation>回复的最大长度，以 token 计</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>The same seed gives the same reply; random for a new one each time</source>
        <translation>相同的种子会得到相同的回复；选“随机”则每次不同</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>How many tokens of the chat the model keeps in mind</source>
        <translation>模型能记住的聊天 token 数量</translation>
    </message>
    <message>
        <source>When the context is full</source>
        <translation>上下文已满时</translation>
    </message>
    <message>
        <source>What is done when the chat no longer fits</source>
        <translation>聊天超出上下文时的处理方式</translation>
    </message>
    <message>
        <source>Adapter strength</source>
        <translation>适配器强度</translation>
    </message>
    <message>
        <source>How much the adapter changes the model&apos;s replies: 0 not at all, 1 as trained, 2 twice as much</source>
        <translation>适配器对模型回复的改变程度：0 不改变，1 与训练时相同，2 加倍</translation>
    </message>
    <message>
        <source>How much the adapter changes the model&apos;s replies</source>
        <translation>适配器对模型回复的改变程度</translation>
    </message>
    <message>
        <source>Adapter: {name}</source>
        <translation>适配器：{name}</translation>
    </message>
    <message>
        <source>(choose a preset)</source>
        <translation>（选择预设）</translation>
    </message>
    <message>
        <source>{name} (new chats)</source>
        <translation>{name}（新聊天）</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>保存预设</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Hearth shows the new language when it next starts.</source>
        <translation>Hearth 将在下次启动时显示新语言。</translation>
    </message>
    <message>
        <source>Browse for the models folder</source>
        <translation>浏览模型文件夹</translation>
    </message>
    <message>
        <source>Choose the folder where Hearth keeps and looks for models</source>
        <translation>选择 Hearth 存放和查找模型的文件夹</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>auto: every layer when this build can use a GPU; -1: all; 0: CPU only</source>
        <translation>自动：此构建可使用 GPU 时加载全部层；-1：全部；0：仅 CPU</translation>
    </message>
    <message>
        <source>one per core</source>
        <translation>每核一个</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Light, dark, high contrast, or as the system looks</source>
        <translation>浅色、深色、高对比度，或跟随系统</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>The size of the window&apos;s text, in points; system for the system&apos;s</source>
        <translation>窗口文字的大小（单位：磅）；“跟随系统”则使用系统字号</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of Hearth&apos;s window; the terminal stays English</source>
        <translation>Hearth 窗口的语言；终端仍为英文</translation>
    </message>
    <message>
        <source>Default context length</source>
        <translation>默认上下文长度</translation>
    </message>
    <message>
        <source>How many tokens a chat keeps in mind unless it sets its own</source>
        <translation>聊天未自行设置时能记住的 token 数量</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>GPU 层数</translation>
    </message>
    <message>
        <source>How many of the model&apos;s layers run on the GPU</source>
        <translation>模型有多少层在 GPU 上运行</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>CPU 线程数</translation>
    </message>
    <message>
        <source>How many threads the model runs on the CPU</source>
        <translation>模型在 CPU 上运行所用的线程数</translation>
    </message>
    <message>
        <source>Models folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <source>The folder where Hearth keeps and looks for models</source>
        <translation>Hearth 存放和查找模型的文件夹</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>更早</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新建聊天</translation>
    </message>
    <message>
        <source>Starts a new, empty chat.</source>
        <translation>开始一个新的空白聊天。</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>搜索聊天</translation>
    </message>
    <message>
        <source>Shows the chats whose title or messages contain these words.</source>
        <translation>显示标题或消息中包含这些词的聊天。</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Your chats, newest first: choose one to open it.</source>
        <translation>你的聊天，最新的在前：选择一个即可打开。</translation>
    </message>
    <message>
        <source>No chats match</source>
        <translation>没有匹配的聊天</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Export as Markdown…</source>
        <translation>导出为 Markdown…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>导出为 JSON…</translation>
    </message>
    <message>
        <source>not cited</source>
        <translation>未引用</translation>
    </message>
    <message>
        <source>Source {number}: {place}, not cited by the reply</source>
        <translation>来源 {number}：{place}，回复未引用</translation>
    </message>
    <message>
        <source>Source {number}: {place}</source>
        <translation>来源 {number}：{place}</translation>
    </message>
    <message>
        <source>Opens the passage in its file.</source>
        <translation>在文件中打开该段落。</translation>
    </message>
    <message>
        <source>Click to see the passage in its file</source>
        <translation>点击以在文件中查看该段落</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Shows or hides the passages this reply was given.</source>
        <translation>显示或隐藏提供给此回复的段落。</translation>
    </message>
    <message>
        <source>Sources ({count}, {cited} cited)</source>
        <translation>来源（{count} 个，已引用 {cited} 个）</translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation>来源（{count}）</translation>
    </message>
    <message>
        <source>The reply also cites {listed}, but it was given no source {number}.</source>
        <translation>回复还引用了 {listed}，但并未向它提供来源 {number}。</translation>
    </message>
    <message>
        <source>The reply also cites {listed}, but it was given no sources of those numbers.</source>
        <translation>回复还引用了 {listed}，但并未向它提供这些编号的来源。</translation>
    </message>
    <message>
        <source>Model status</source>
        <translation>模型状态</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>加载进度</translation>
    </message>
    <message>
        <source>How much of the model is loaded.</source>
        <translation>模型已加载的比例。</translation>
    </message>
    <message>
        <source>Speed of the last reply</source>
        <translation>上一条回复的速度</translation>
    </message>
    <message>
        <source>Context used</source>
        <translation>已用上下文</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <source>Brings back the chat just deleted.</source>
        <translation>恢复刚刚删除的聊天。</translation>
    </message>
    <message>
        <source>Loading {model}…</source>
        <translation>正在加载 {model}…</translation>
    </message>
    <message>
        <source>remote · {host}</source>
        <translation>远程 · {host}</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU ({backend}, {layers} layers)</source>
        <translation>GPU（{backend}，{layers} 层）</translation>
    </message>
    <message>
        <source>Messages go to {host}</source>
        <translation>消息将发送到 {host}</translation>
    </message>
    <message>
        <source>Loaded in {seconds} s · {parameters}M parameters · {size}</source>
        <translation>加载用时 {seconds} 秒 · {parameters}M 参数 · {size}</translation>
    </message>
    <message>
        <source>Memory of Hearth: {before} before, {after} after loading</source>
        <translation>Hearth 内存占用：加载前 {before}，加载后 {after}</translation>
    </message>
    <message>
        <source>Could not load {model}</source>
        <translation>无法加载 {model}</translation>
    </message>
    <message>
        <source>Context {used} / {size}</source>
        <translation>上下文 {used} / {size}</translation>
    </message>
    <message>
        <source>Tokens of this conversation in the model&apos;s context, of the context size</source>
        <translation>此对话在模型上下文中占用的 token 数，以及上下文大小</translation>
    </message>
    <message>
        <source>(estimated: the server has no tokenizer endpoint)</source>
        <translation>（估算值：服务器没有分词器端点）</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>The messages of this chat, oldest first.</source>
        <translation>此聊天的消息，最早的在前。</translation>
    </message>
    <message>
        <source>Send a message to start the conversation.</source>
        <translation>发送一条消息开始对话。</translation>
    </message>
    <message>
        <source>Show earlier messages</source>
        <translation>显示更早的消息</translation>
    </message>
    <message>
        <source>Shows the messages above the first one on screen.</source>
        <translation>显示屏幕上第一条消息之前的消息。</translation>
    </message>
    <message>
        <source>Show earlier messages ({count} more)</source>
        <translation>显示更早的消息（还有 {count} 条）</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Ways to get a first model: download one, use another app&apos;s, or open a file.</source>
        <translation>获取第一个模型的方式：下载一个、使用其他应用已下载的，或打开一个文件。</translation>
    </message>
    <message>
        <source>Welcome to Hearth</source>
        <translation>欢迎使用 Hearth</translation>
    </message>
    <message>
        <source>Hearth runs chat models on this computer, in GGUF format. Nothing you write leaves it. Pick a model to download, use one another app already downloaded, or open a file you have.</source>
        <translation>Hearth 在本机上运行 GGUF 格式的聊天模型。你写的任何内容都不会离开本机。你可以选择一个模型下载，使用其他应用已下载的模型，或打开你已有的文件。</translation>
    </message>
    <message>
        <source>Welcome notice</source>
        <translation>欢迎提示</translation>
    </message>
    <message>
        <source>Open a GGUF file</source>
        <translation>打开 GGUF 文件</translation>
    </message>
    <message>
        <source>Chooses a model file on this computer to chat with.</source>
        <translation>选择本机上的模型文件来聊天。</translation>
    </message>
    <message>
        <source>Browse all models…</source>
        <translation>浏览所有模型…</translation>
    </message>
    <message>
        <source>Browse models</source>
        <translation>浏览模型</translation>
    </message>
    <message>
        <source>Shows the models page, to search for a model and download it.</source>
        <translation>显示模型页面，以搜索并下载模型。</translation>
    </message>
    <message>
        <source>Recommended models</source>
        <translation>推荐模型</translation>
    </message>
    <message>
        <source>Found on this computer, from other apps</source>
        <translation>在本机上找到（来自其他应用）</translation>
    </message>
    <message>
        <source>Looking for models other apps downloaded…</source>
        <translation>正在查找其他应用下载的模型…</translation>
    </message>
    <message>
        <source>None found (Hearth looks in the Hugging Face cache, LM Studio, GPT4All and Ollama).</source>
        <translation>未找到（Hearth 会在 Hugging Face 缓存、LM Studio、GPT4All 和 Ollama 中查找）。</translation>
    </message>
    <message>
        <source>Use {model} in place</source>
        <translation>就地使用 {model}</translation>
    </message>
    <message>
        <source>Chats with this model from where it is, without copying it.</source>
        <translation>在原位置用此模型聊天，不复制。</translation>
    </message>
    <message>
        <source>{name}, page {page}</source>
        <translation>{name}，第 {page} 页</translation>
    </message>
    <message>
        <source>{name}, lines {start}-{end}</source>
        <translation>{name}，第 {start}-{end} 行</translation>
    </message>
    <message>
        <source>{name}, line {line}</source>
        <translation>{name}，第 {line} 行</translation>
    </message>
    <message>
        <source>… ({count} more characters)</source>
        <translation>…（还有 {count} 个字符）</translation>
    </message>
    <message>
        <source>Shows or hides what the model thought before it answered.</source>
        <translation>显示或隐藏模型在回答前的思考。</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>模型的思考</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <source>Thought for {seconds} s</source>
        <translation>已思考 {seconds} 秒</translation>
    </message>
    <message>
        <source>Thought for a moment</source>
        <translation>已思考片刻</translation>
    </message>
    <message>
        <source>The call&apos;s arguments, exactly as the model wrote them</source>
        <translation>调用的参数，与模型所写的完全一致</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>允许一次</translation>
    </message>
    <message>
        <source>Runs this call, this once.</source>
        <translation>运行此调用，仅此一次。</translation>
    </message>
    <message>
        <source>Always for this tool</source>
        <translation>始终允许此工具</translation>
    </message>
    <message>
        <source>Runs this call, and later calls of this tool without asking.</source>
        <translation>运行此调用，之后调用此工具也不再询问。</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Does not run it; the model is told.</source>
        <translation>不运行此调用；会告知模型。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Shows or hides what the tool answered.</source>
        <translation>显示或隐藏工具的回答。</translation>
    </message>
    <message>
        <source>What the tool answered</source>
        <translation>工具的回答</translation>
    </message>
    <message>
        <source>Tool {name} · {server}</source>
        <translation>工具 {name} · {server}</translation>
    </message>
    <message>
        <source>Tool {name}</source>
        <translation>工具 {name}</translation>
    </message>
    <message>
        <source>Run this tool? Nothing runs until you say so.</source>
        <translation>要运行此工具吗？在你同意之前，不会运行任何内容。</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Denied: the model was told it may not run this</source>
        <translation>已拒绝：已告知模型不得运行此调用</translation>
    </message>
    <message>
        <source>Not run: the reply ended first</source>
        <translation>未运行：回复已先结束</translation>
    </message>
    <message>
        <source>Tool rounds per reply</source>
        <translation>每次回复的工具轮数</translation>
    </message>
    <message>
        <source>After this many rounds of tool calls the model must answer without tools</source>
        <translation>工具调用达到此轮数后，模型必须不使用工具直接回答</translation>
    </message>
    <message>
        <source>Tool rounds per reply:</source>
        <translation>每次回复的工具轮数：</translation>
    </message>
    <message>
        <source>Time a tool call may take</source>
        <translation>一次工具调用可用的时间</translation>
    </message>
    <message>
        <source>A call that takes longer is given up, and the model is told</source>
        <translation>超时的调用会被放弃，并告知模型</translation>
    </message>
    <message>
        <source>A tool call may take:</source>
        <translation>工具调用时限：</translation>
    </message>
    <message>
        <source>Tools allowed always</source>
        <translation>始终允许的工具</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>重新询问</translation>
    </message>
    <message>
        <source>Every tool call is put to you again before it runs</source>
        <translation>每次工具调用在运行前都会再次征求你的同意</translation>
    </message>
    <message>
        <source>Allowed always:</source>
        <translation>始终允许：</translation>
    </message>
    <message>
        <source>none: every call is asked</source>
        <translation>无：每次调用都会询问</translation>
    </message>
    <message>
        <source>The model asks to run {tool}: allow it or deny it</source>
        <translation>模型请求运行 {tool}：请允许或拒绝</translation>
    </message>
    <message>
        <source>No tool servers yet: add an MCP server in Settings ▸ Tools.</source>
        <translation>尚无工具服务器：请在“设置 ▸ 工具”中添加 MCP 服务器。</translation>
    </message>
    <message>
        <source>Chooses the tool servers (MCP) this chat may use, with your approval.</source>
        <translation>选择此聊天经你批准后可使用的工具服务器（MCP）。</translation>
    </message>
    <message>
        <source>Offer the model tools from:</source>
        <translation>向模型提供以下服务器的工具：</translation>
    </message>
    <message>
        <source>Tool servers…</source>
        <translation>工具服务器…</translation>
    </message>
    <message>
        <source>Tools: {count}</source>
        <translation>工具：{count}</translation>
    </message>
    <message>
        <source>This chat may ask to use tools from {servers}</source>
        <translation>此聊天可请求使用 {servers} 中的工具</translation>
    </message>
    <message>
        <source>Let the model use tools: choose the servers this chat offers</source>
        <translation>让模型使用工具：选择此聊天提供的服务器</translation>
    </message>
    <message>
        <source>Think</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Lets a reasoning model think before it answers, or answer at once.</source>
        <translation>让推理模型在回答前先思考，或立即回答。</translation>
    </message>
    <message>
        <source>Thinking is on: the model thinks first (folded above its answer)</source>
        <translation>思考已开启：模型会先思考（折叠显示在回答上方）</translation>
    </message>
    <message>
        <source>Thinking is off: the model answers at once</source>
        <translation>思考已关闭：模型会立即回答</translation>
    </message>
    <message>
        <source>Tool servers (MCP) give the model tools: reading files, searching, running commands. A chat offers a server&apos;s tools only once you choose it in the composer&apos;s Tools menu, and every call waits for your approval. A server is a program on this computer, run with your permissions: add only ones you trust.</source>
        <translation>工具服务器（MCP）为模型提供工具：读取文件、搜索、运行命令。只有在你从输入框的“工具”菜单中选择某个服务器后，聊天才会提供它的工具，并且每次调用都要等待你的批准。服务器是本机上的程序，以你的权限运行：只添加你信任的服务器。</translation>
    </message>
    <message>
        <source>the command cannot be read: {error}</source>
        <translation>无法解析命令：{error}</translation>
    </message>
    <message>
        <source>Add a tool server</source>
        <translation>添加工具服务器</translation>
    </message>
    <message>
        <source>Start a command</source>
        <translation>启动命令</translation>
    </message>
    <message>
        <source>Connect to a server running on this computer</source>
        <translation>连接到本机上正在运行的服务器</translation>
    </message>
    <message>
        <source>KEY=VALUE, one a line (optional)</source>
        <translation>KEY=VALUE，每行一个（可选）</translation>
    </message>
    <message>
        <source>Why the server cannot be added</source>
        <translation>无法添加服务器的原因</translation>
    </message>
    <message>
        <source>What the server is called in the Tools menu</source>
        <translation>服务器在“工具”菜单中显示的名称</translation>
    </message>
    <message>
        <source>Hearth starts the server and talks to it over its input and output</source>
        <translation>Hearth 启动服务器，并通过其输入和输出与之通信</translation>
    </message>
    <message>
        <source>The server is already running, at an address on this computer (Streamable HTTP)</source>
        <translation>服务器已在本机的某个地址上运行（Streamable HTTP）</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>The program and its arguments, as you would type them in a terminal</source>
        <translation>程序及其参数，与你在终端中输入的一样</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Variables set for the command, KEY=VALUE, one a line</source>
        <translation>为命令设置的变量，KEY=VALUE，每行一个</translation>
    </message>
    <message>
        <source>The server&apos;s address: http://127.0.0.1, ::1 or localhost</source>
        <translation>服务器的地址：http://127.0.0.1、::1 或 localhost</translation>
    </message>
    <message>
        <source>Add the tool server described above</source>
        <translation>添加上面描述的工具服务器</translation>
    </message>
    <message>
        <source>type the command that starts the server</source>
        <translation>请输入启动服务器的命令</translation>
    </message>
    <message>
        <source>Tool servers</source>
        <translation>工具服务器</translation>
    </message>
    <message>
        <source>The tool servers added, with what each runs and its state</source>
        <translation>已添加的工具服务器，以及各自运行的内容和状态</translation>
    </message>
    <message>
        <source>Command or address</source>
        <translation>命令或地址</translation>
    </message>
    <message>
        <source>Selected tool server</source>
        <translation>所选工具服务器</translation>
    </message>
    <message>
        <source>Tools message</source>
        <translation>工具消息</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add a tool server: a command to start, or an address</source>
        <translation>添加工具服务器：要启动的命令，或一个地址</translation>
    </message>
    <message>
        <source>Forget the selected tool server (and stop it)</source>
        <translation>移除所选工具服务器（并停止它）</translation>
    </message>
    <message>
        <source>Start the selected tool server and list its tools</source>
        <translation>启动所选工具服务器并列出其工具</translation>
    </message>
    <message>
        <source>Open log</source>
        <translation>打开日志</translation>
    </message>
    <message>
        <source>Open what the selected tool server wrote to its log</source>
        <translation>打开所选工具服务器写入日志的内容</translation>
    </message>
    <message>
        <source>Environment: {names}</source>
        <translation>环境：{names}</translation>
    </message>
    <message>
        <source>1 tool</source>
        <translation>1 个工具</translation>
    </message>
    <message>
        <source>{count} tools</source>
        <translation>{count} 个工具</translation>
    </message>
    <message>
        <source>Added {name}. Check it to see its tools.</source>
        <translation>已添加 {name}。检查它即可查看其工具。</translation>
    </message>
    <message>
        <source>{name} has no log yet: it has not been started.</source>
        <translation>{name} 尚无日志：它还没有启动过。</translation>
    </message>
    <message>
        <source>Image, {width} × {height} pixels</source>
        <translation>图片，{width} × {height} 像素</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>Opens the image at full size.</source>
        <translation>以原始大小打开图片。</translation>
    </message>
    <message>
        <source>The stored copy of this image is gone.</source>
        <translation>此图片的存储副本已不存在。</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>On: the whole image fits the window. Off: it is shown at its actual size, with scroll bars.</source>
        <translation>开启：整张图片适应窗口大小。关闭：按实际大小显示，并带滚动条。</translation>
    </message>
    <message>
        <source>Closes the image.</source>
        <translation>关闭图片。</translation>
    </message>
    <message>
        <source>Image missing: its stored copy is gone.</source>
        <translation>图片缺失：其存储副本已不存在。</translation>
    </message>
    <message>
        <source>The image was not attached: the model that can see it did not load.</source>
        <translation>图片未附加：能识别它的模型未能加载。</translation>
    </message>
    <message>
        <source>Images need a model that can see them.</source>
        <translation>需要能识别图片的模型才能处理图片。</translation>
    </message>
    <message>
        <source>{model} cannot see images.</source>
        <translation>{model} 无法识别图片。</translation>
    </message>
    <message>
        <source>No vision model is installed. One comes with a projector file (mmproj….gguf) in its folder: the Models page finds and downloads them. Open the Models page?</source>
        <translation>未安装视觉模型。视觉模型的文件夹中带有投影器文件（mmproj….gguf）：模型页面可以查找并下载这类模型。要打开模型页面吗？</translation>
    </message>
    <message>
        <source>Not attached: no model installed can see images.</source>
        <translation>未附加：已安装的模型都无法识别图片。</translation>
    </message>
    <message>
        <source>Switch to {model}, which can, and attach the image once it has loaded?</source>
        <translation>要切换到能识别图片的 {model}，并在其加载完成后附加这张图片吗？</translation>
    </message>
    <message>
        <source>Switch to {model}, which can, and attach the images once it has loaded?</source>
        <translation>要切换到能识别图片的 {model}，并在其加载完成后附加这些图片吗？</translation>
    </message>
    <message>
        <source>Not attached: the model in use cannot see images.</source>
        <translation>未附加：当前使用的模型无法识别图片。</translation>
    </message>
    <message>
        <source>The model alone did not finish its reply: nothing to compare.</source>
        <translation>仅模型的回复未完成：没有可比较的内容。</translation>
    </message>
    <message>
        <source>The adapter did not finish its reply.</source>
        <translation>适配器的回复未完成。</translation>
    </message>
    <message>
        <source>The adapter could not be asked: try again.</source>
        <translation>无法询问适配器：请重试。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Sends the next message to the model alone and to the adapter, and shows both replies</source>
        <translation>将下一条消息同时发送给仅模型和适配器，并显示两个回复</translation>
    </message>
    <message>
        <source>Answer with the model alone and with the adapter, side by side</source>
        <translation>分别用仅模型和适配器回答，并排显示</translation>
    </message>
    <message>
        <source>Which reply is better?</source>
        <translation>哪个回复更好？</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>关闭对比</translation>
    </message>
    <message>
        <source>Hides the two replies; both stay in the chat as versions</source>
        <translation>隐藏这两个回复；两者都作为版本保留在聊天中</translation>
    </message>
    <message>
        <source>This one is better</source>
        <translation>这个更好</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>适配器</translation>
    </message>
    <message>
        <source>Comparison status</source>
        <translation>对比状态</translation>
    </message>
    <message>
        <source>Waiting for the model alone to finish…</source>
        <translation>正在等待仅模型的回复完成…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在撰写…</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <source>Reply of {name}</source>
        <translation>{name} 的回复</translation>
    </message>
    <message>
        <source>The reply to compare, read-only</source>
        <translation>要对比的回复，只读</translation>
    </message>
    <message>
        <source>{name} is better</source>
        <translation>{name} 更好</translation>
    </message>
    <message>
        <source>Rates this reply Good and the other Bad: a preference pair for your next run</source>
        <translation>将此回复评为好评、另一个评为差评：为下次训练生成一个偏好对</translation>
    </message>
    <message>
        <source>Saved: {better} is better. The pair is in your feedback for the next run.</source>
        <translation>已保存：{better} 更好。这个偏好对已加入你的反馈，用于下次训练。</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <source>{liked}, {pairs}</source>
        <translation>{liked}，{pairs}</translation>
    </message>
    <message>
        <source>Your adapters</source>
        <translation>你的适配器</translation>
    </message>
    <message>
        <source>No adapters yet: the first run you finish puts one here.</source>
        <translation>还没有适配器：完成第一次训练后会出现在这里。</translation>
    </message>
    <message>
        <source>{name} (not on this computer)</source>
        <translation>{name}（不在这台电脑上）</translation>
    </message>
    <message>
        <source>on {model}</source>
        <translation>基于 {model}</translation>
    </message>
    <message>
        <source>learnt from {data}</source>
        <translation>学习自{data}</translation>
    </message>
    <message>
        <source>Starts a new chat with this adapter</source>
        <translation>用这个适配器开始新聊天</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Report of {name}</source>
        <translation>{name} 的报告</translation>
    </message>
    <message>
        <source>Shows whether it helped</source>
        <translation>显示是否有帮助</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>移除 {name}</translation>
    </message>
    <message>
        <source>Deletes this adapter&apos;s file</source>
        <translation>删除此适配器的文件</translation>
    </message>
    <message>
        <source>Nothing to learn from yet. Give a thumbs up (Good) to the replies you like: each is an example of what you want. Press Regenerate for another version of a reply, then rate one version Good and another Bad: that makes a preference pair, the strongest signal. Come back here when you have rated a few replies.</source>
        <translation>还没有可学习的内容。给你喜欢的回复点赞（好评）：每一个都是你想要的回答的示例。点击“重新生成”得到回复的另一个版本，然后把一个版本评为好评、另一个评为差评：这样就形成一个偏好对，这是最强的信号。评价几条回复后再回到这里。</translation>
    </message>
    <message>
        <source>What your feedback holds</source>
        <translation>你的反馈包含什么</translation>
    </message>
    <message>
        <source>Feedback summary</source>
        <translation>反馈摘要</translation>
    </message>
    <message>
        <source>Feedback per model</source>
        <translation>各模型的反馈</translation>
    </message>
    <message>
        <source>How to give feedback</source>
        <translation>如何提供反馈</translation>
    </message>
    <message>
        <source>Your feedback could not be read: {error}</source>
        <translation>无法读取你的反馈：{error}</translation>
    </message>
    <message>
        <source>No feedback yet.</source>
        <translation>还没有反馈。</translation>
    </message>
    <message>
        <source>{liked} and {pairs} to learn from.</source>
        <translation>可用于学习：{liked}，{pairs}。</translation>
    </message>
    <message>
        <source>1 of the {total} pairs is kept aside to measure the result.</source>
        <translation>{total} 个偏好对中有 1 个留作衡量结果。</translation>
    </message>
    <message>
        <source>{count} of the {total} pairs are kept aside to measure the result.</source>
        <translation>{total} 个偏好对中有 {count} 个留作衡量结果。</translation>
    </message>
    <message>
        <source>Rated {dates}.</source>
        <translation>评价时间：{dates}。</translation>
    </message>
    <message>
        <source>{model}: {liked}, {pairs}</source>
        <translation>{model}：{liked}，{pairs}</translation>
    </message>
    <message>
        <source>about {seconds} s</source>
        <translation>约 {seconds} 秒</translation>
    </message>
    <message>
        <source>about {minutes} min</source>
        <translation>约 {minutes} 分钟</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min</source>
        <translation>约 {hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>剩余 {time}</translation>
    </message>
    <message>
        <source>1 liked reply</source>
        <translation>1 条好评回复</translation>
    </message>
    <message>
        <source>{count} liked replies</source>
        <translation>{count} 条好评回复</translation>
    </message>
    <message>
        <source>1 preference pair</source>
        <translation>1 个偏好对</translation>
    </message>
    <message>
        <source>{count} preference pairs</source>
        <translation>{count} 个偏好对</translation>
    </message>
    <message>
        <source>Assistant · {adapter}</source>
        <translation>助手 · {adapter}</translation>
    </message>
    <message>
        <source>Assistant · Base</source>
        <translation>助手 · 基础模型</translation>
    </message>
    <message>
        <source>Leaves the Make it yours page and shows the chat again.</source>
        <translation>离开“个性化”页面，回到聊天。</translation>
    </message>
    <message>
        <source>Make it yours</source>
        <translation>个性化</translation>
    </message>
    <message>
        <source>Train the model on your own thumbs up and down: a small LoRA adapter, made on this computer, that you can apply to its model in any chat. Your chats never leave this computer.</source>
        <translation>用你自己的点赞和点踩训练模型：在这台电脑上生成一个小型 LoRA 适配器，可在任何聊天中应用到对应的模型上。你的聊天永远不会离开这台电脑。</translation>
    </message>
    <message>
        <source>Make it yours notice</source>
        <translation>个性化提示</translation>
    </message>
    <message>
        <source>Your feedback, a training run and its report, and your adapters</source>
        <translation>你的反馈、一次训练及其报告，以及你的适配器</translation>
    </message>
    <message>
        <source>Done: the adapter is in your library.</source>
        <translation>完成：适配器已加入你的库。</translation>
    </message>
    <message>
        <source>Cancelled. It can be resumed from its last checkpoint: see Unfinished runs above.</source>
        <translation>已取消。可以从上一个检查点恢复：见上方的“未完成的训练”。</translation>
    </message>
    <message>
        <source>Cancelled before the first checkpoint.</source>
        <translation>在第一个检查点之前已取消。</translation>
    </message>
    <message>
        <source>the training process failed</source>
        <translation>训练进程失败</translation>
    </message>
    <message>
        <source>The run failed: {message}</source>
        <translation>训练失败：{message}</translation>
    </message>
    <message>
        <source>The run did not start: {message}</source>
        <translation>训练未能开始：{message}</translation>
    </message>
    <message>
        <source>Remove adapter</source>
        <translation>移除适配器</translation>
    </message>
    <message>
        <source>Remove {name}? Its file is deleted; chats that used it go on with its model alone.</source>
        <translation>移除 {name}？其文件将被删除；使用它的聊天将仅用模型继续。</translation>
    </message>
    <message>
        <source>Not removed: {error}</source>
        <translation>未移除：{error}</translation>
    </message>
    <message>
        <source>Preparing the run (reading the base model)…</source>
        <translation>正在准备训练（读取基础模型）…</translation>
    </message>
    <message>
        <source>Loading the base model for training…</source>
        <translation>正在加载用于训练的基础模型…</translation>
    </message>
    <message>
        <source>Learning from your liked replies</source>
        <translation>正在从你的好评回复中学习</translation>
    </message>
    <message>
        <source>Learning from your preference pairs</source>
        <translation>正在从你的偏好对中学习</translation>
    </message>
    <message>
        <source>Writing the adapter…</source>
        <translation>正在写入适配器…</translation>
    </message>
    <message>
        <source>Measuring the adapter on the pairs kept aside…</source>
        <translation>正在用留出的偏好对衡量适配器…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>训练进度</translation>
    </message>
    <message>
        <source>The steps of the stage being trained</source>
        <translation>当前训练阶段的步数</translation>
    </message>
    <message>
        <source>Cancel training</source>
        <translation>取消训练</translation>
    </message>
    <message>
        <source>Stops the run at its next step; it can be resumed from its checkpoint</source>
        <translation>在下一步停止训练；之后可以从检查点恢复</translation>
    </message>
    <message>
        <source>Show the log</source>
        <translation>显示日志</translation>
    </message>
    <message>
        <source>Shows or hides what the training process wrote</source>
        <translation>显示或隐藏训练进程的输出</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>训练日志</translation>
    </message>
    <message>
        <source>What the training process wrote, newest last</source>
        <translation>训练进程的输出，最新的在最后</translation>
    </message>
    <message>
        <source>Run: {name}</source>
        <translation>训练：{name}</translation>
    </message>
    <message>
        <source>step {step} of {steps}</source>
        <translation>第 {step} 步，共 {steps} 步</translation>
    </message>
    <message>
        <source>{stage}: step {step} of {steps} · loss {loss} · {left}</source>
        <translation>{stage}：第 {step} 步，共 {steps} 步 · 损失 {loss} · {left}</translation>
    </message>
    <message>
        <source>Checkpoint saved at step {step}.</source>
        <translation>已在第 {step} 步保存检查点。</translation>
    </message>
    <message>
        <source>Stopping at the next step (a checkpoint is saved)…</source>
        <translation>将在下一步停止（会保存检查点）…</translation>
    </message>
    <message>
        <source>Hide the log</source>
        <translation>隐藏日志</translation>
    </message>
    <message>
        <source>No pairs were kept aside, so there was nothing to measure it on: rate two versions of a few more replies Good and Bad, and the next run&apos;s report will say how much it moved.</source>
        <translation>没有留出偏好对，因此无从衡量：再为几条回复的两个版本分别打好评和差评，下次训练的报告就会显示变化有多大。</translation>
    </message>
    <message>
        <source>The margin is how much more likely the model finds the reply you liked than the one you did not (log p(liked) − log p(disliked)); above zero, it prefers yours.</source>
        <translation>差值表示模型认为你喜欢的回复比不喜欢的回复可能性高多少（log p(好评) − log p(差评)）；大于零表示它更偏向你的选择。</translation>
    </message>
    <message>
        <source>(an empty reply)</source>
        <translation>（空回复）</translation>
    </message>
    <message>
        <source>Did it help?</source>
        <translation>有帮助吗？</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>报告摘要</translation>
    </message>
    <message>
        <source>Prompt kept aside</source>
        <translation>留出的提问</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Margins before and after</source>
        <translation>之前与之后的差值</translation>
    </message>
    <message>
        <source>For each prompt kept aside, the margin before and after training</source>
        <translation>每个留出提问在训练前后的差值</translation>
    </message>
    <message>
        <source>Replies side by side</source>
        <translation>回复并排对比</translation>
    </message>
    <message>
        <source>How it was trained</source>
        <translation>训练情况</translation>
    </message>
    <message>
        <source>Use it in a new chat</source>
        <translation>在新聊天中使用</translation>
    </message>
    <message>
        <source>Starts a new chat with this adapter on its base model</source>
        <translation>在其基础模型上使用这个适配器开始新聊天</translation>
    </message>
    <message>
        <source>Did it help? {name}</source>
        <translation>有帮助吗？{name}</translation>
    </message>
    <message>
        <source>On {count} prompts kept aside, the margin went from {before} to {after} on average: better on {improved} of {count}.</source>
        <translation>在 {count} 个留出的提问上，差值平均从 {before} 变为 {after}：{count} 个中有 {improved} 个变好。</translation>
    </message>
    <message>
        <source>Replies side by side (no pair was kept aside: it was trained on these prompts)</source>
        <translation>并排比较回复（没有留出任何一对：这些提示已用于训练）</translation>
    </message>
    <message>
        <source>You: {prompt}</source>
        <translation>你：{prompt}</translation>
    </message>
    <message>
        <source>Trained with {sft} SFT and {dpo} preference steps in {time}.</source>
        <translation>用 {sft} 步 SFT 和 {dpo} 步偏好训练，耗时{time}。</translation>
    </message>
    <message>
        <source>The training used {memory} of memory at most.</source>
        <translation>训练最多占用 {memory} 内存。</translation>
    </message>
    <message>
        <source>Train an adapter</source>
        <translation>训练适配器</translation>
    </message>
    <message>
        <source>The model the adapter is trained on, and then applied to</source>
        <translation>训练适配器所用、之后也应用到的模型</translation>
    </message>
    <message>
        <source>Adapter name</source>
        <translation>适配器名称</translation>
    </message>
    <message>
        <source>What the adapter is called in the model list</source>
        <translation>适配器在模型列表中显示的名称</translation>
    </message>
    <message>
        <source>What a run uses</source>
        <translation>一次训练使用的内容</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Advanced ▸</source>
        <translation>高级 ▸</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Shows or hides the rank, steps and learning rates</source>
        <translation>显示或隐藏秩、步数和学习率</translation>
    </message>
    <message>
        <source>LoRA rank</source>
        <translation>LoRA 秩</translation>
    </message>
    <message>
        <source>How much the adapter can learn: higher is bigger</source>
        <translation>适配器能学到多少：越高体积越大</translation>
    </message>
    <message>
        <source>SFT steps</source>
        <translation>SFT 步数</translation>
    </message>
    <message>
        <source>Steps of learning from liked replies; auto: two passes over them</source>
        <translation>从好评回复中学习的步数；自动：遍历两遍</translation>
    </message>
    <message>
        <source>Preference steps</source>
        <translation>偏好步数</translation>
    </message>
    <message>
        <source>Steps of learning from the pairs; auto: two passes over them</source>
        <translation>从偏好对中学习的步数；自动：遍历两遍</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>How far each SFT step moves the adapter</source>
        <translation>每一步 SFT 对适配器的调整幅度</translation>
    </message>
    <message>
        <source>Preference learning rate</source>
        <translation>偏好学习率</translation>
    </message>
    <message>
        <source>How far each preference step moves the adapter</source>
        <translation>每一步偏好训练对适配器的调整幅度</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <source>Trains the adapter on your feedback, in the background</source>
        <translation>在后台用你的反馈训练适配器</translation>
    </message>
    <message>
        <source>Advanced ▾</source>
        <translation>高级 ▾</translation>
    </message>
    <message>
        <source>A run needs liked replies or preference pairs: rate some replies first.</source>
        <translation>训练需要好评回复或偏好对：请先评价一些回复。</translation>
    </message>
    <message>
        <source>A run: {sft} SFT steps on {liked}, then {dpo} preference steps on {pairs}; LoRA rank {rank}.</source>
        <translation>一次训练：在{liked}上进行 {sft} 步 SFT，然后在{pairs}上进行 {dpo} 步偏好训练；LoRA 秩 {rank}。</translation>
    </message>
    <message>
        <source>It would take {time} and {memory} of memory on this computer.</source>
        <translation>在这台电脑上大约需要{time}，占用 {memory} 内存。</translation>
    </message>
    <message>
        <source>Only {free} of memory is free now: close other programs first, or the run may fail.</source>
        <translation>当前只有 {free} 空闲内存：请先关闭其他程序，否则训练可能失败。</translation>
    </message>
    <message>
        <source>There is no model on this computer to train: download one on the Models page.</source>
        <translation>这台电脑上没有可训练的模型：请在“模型”页面下载一个。</translation>
    </message>
    <message>
        <source>{name} — finished; its adapter is not in the library yet</source>
        <translation>{name} — 已完成；其适配器尚未加入库</translation>
    </message>
    <message>
        <source>SFT</source>
        <translation>SFT</translation>
    </message>
    <message>
        <source>preference</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>{stage} step {step} of {steps}</source>
        <translation>{stage} 第 {step} 步，共 {steps} 步</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>stopped (Hearth or the computer closed)</source>
        <translation>已停止（Hearth 或电脑已关闭）</translation>
    </message>
    <message>
        <source>{name} — {how} at {where}</source>
        <translation>{name} — 在{where}时{how}</translation>
    </message>
    <message>
        <source>{name} — {how}</source>
        <translation>{name} — {how}</translation>
    </message>
    <message>
        <source>Unfinished runs</source>
        <translation>未完成的训练</translation>
    </message>
    <message>
        <source>Resume {name}</source>
        <translation>恢复 {name}</translation>
    </message>
    <message>
        <source>Goes on from the run&apos;s last checkpoint</source>
        <translation>从训练的上一个检查点继续</translation>
    </message>
    <message>
        <source>No checkpoint was saved: clean it up and start again</source>
        <translation>没有保存检查点：请清理后重新开始</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>清理</translation>
    </message>
    <message>
        <source>Clean up {name}</source>
        <translation>清理 {name}</translation>
    </message>
    <message>
        <source>Deletes the run&apos;s folder, its checkpoint and its log</source>
        <translation>删除训练的文件夹、检查点和日志</translation>
    </message>
    <message>
        <source>Shows the page where the model learns from your feedback.</source>
        <translation>显示模型从你的反馈中学习的页面。</translation>
    </message>
    <message>
        <source>Replies now use {adapter}.</source>
        <translation>回复现在使用 {adapter}。</translation>
    </message>
    <message>
        <source>This chat&apos;s adapter is no longer on this computer: it goes on with its model alone.</source>
        <translation>此聊天的适配器已不在这台电脑上：将仅用模型继续。</translation>
    </message>
</context>
</TS>
