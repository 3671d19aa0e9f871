"""The training process: LoRA fine-tuning of a GGUF base on the user's feedback (issue 14).

It runs as a process of its own (`python -m desktop.trainer PLAN.json [--resume]`, see __main__.py) from
the optional train extra: only here are PyTorch, transformers and peft imported, and only once a run starts.
The app reads its JSON-line events (events.py) and installs the adapter it exports (export.py), measured
in llama.cpp (report.py, with desktop.core.backends.llama.scoring).

Callable in-process (tests): run.run_plan(plan_path, resume, on_event, cancel); export.write_adapter and
export.export_checkpoint write an adapter from weights or from a run's checkpoint.
"""
