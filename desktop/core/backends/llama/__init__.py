"""llama.cpp, in this process: the backend for local GGUF files (and the only code importing llama_cpp)."""
