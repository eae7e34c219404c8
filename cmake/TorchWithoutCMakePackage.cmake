# LibTorch from a torch/ folder (the layout of the pip wheel) without its CMake package: that package's
# CUDA part looks for the CUDA toolkit (nvcc) at configure time, which a machine with torch in Python
# need not have. packaging/gpu-check.sh uses this there. Defines the target fewshot_torch and sets
# TORCH_LIBRARIES to it, as find_package(Torch) would.
#   FEWSHOT_TORCH_ROOT       the torch/ folder (python3 -c 'import torch, os; print(os.path.dirname(torch.__file__))')
#   FEWSHOT_TORCH_CXX11_ABI  1 or 0 (python3 -c 'import torch; print(int(torch._C._GLIBCXX_USE_CXX11_ABI))')
set(_torch "${FEWSHOT_TORCH_ROOT}")
if(NOT DEFINED FEWSHOT_TORCH_CXX11_ABI)
  set(FEWSHOT_TORCH_CXX11_ABI 1)
endif()
foreach(_lib c10 torch_cpu torch)
  if(NOT EXISTS "${_torch}/lib/lib${_lib}.so")
    message(FATAL_ERROR "FEWSHOT_TORCH_ROOT=${_torch} has no lib/lib${_lib}.so")
  endif()
endforeach()
add_library(fewshot_torch INTERFACE)
target_include_directories(fewshot_torch SYSTEM INTERFACE "${_torch}/include"
                           "${_torch}/include/torch/csrc/api/include")
target_compile_definitions(fewshot_torch INTERFACE _GLIBCXX_USE_CXX11_ABI=${FEWSHOT_TORCH_CXX11_ABI})
if(EXISTS "${_torch}/lib/libtorch_cuda.so")
  # Nothing calls into torch_cuda directly: it registers the CUDA kernels when loaded, so keep it linked.
  target_link_libraries(fewshot_torch INTERFACE "-Wl,--no-as-needed" "${_torch}/lib/libtorch_cuda.so"
                        "${_torch}/lib/libc10_cuda.so" "-Wl,--as-needed")
  message(STATUS "LibTorch (CUDA) from ${_torch}, without its CMake package")
else()
  message(STATUS "LibTorch (CPU) from ${_torch}, without its CMake package")
endif()
target_link_libraries(fewshot_torch INTERFACE "${_torch}/lib/libtorch.so" "${_torch}/lib/libtorch_cpu.so"
                      "${_torch}/lib/libc10.so")
set(TORCH_LIBRARIES fewshot_torch)
