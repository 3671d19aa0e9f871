"""The chat runtime: loaded models on their own threads, shared by every front end.

- types.py: what to run (ModelRef), how (LoadOptions), what a backend can do (Capabilities),
  what a reply yields (typed deltas), errors.
- backend.py: the shape of a backend, and the registry of backends by kind of model.
- runner.py: one backend on one thread, with a queue of jobs and a stop switch per reply.
- host.py: the runners of this process, by slot.
- handle.py: a front end's view of a runner, on the front end's own thread.
"""
