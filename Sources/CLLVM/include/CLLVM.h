/* The parts of the LLVM 19 C API that mpy-native uses. */
#ifndef MPY_CLLVM_H
#define MPY_CLLVM_H
#include <llvm-c/Core.h>
#include <llvm-c/Comdat.h>
#include <llvm-c/Analysis.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/Object.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <llvm/Config/llvm-config.h>
#if LLVM_VERSION_MAJOR != 19
#error "mpy-native needs LLVM 19 (install llvm-19-dev; run scripts/bootstrap.sh)"
#endif
#endif
