//! The membership and insertion order of `__builtin__`'s dict, exactly as CPython 2.7 builds
//! it: `PyModule_New`'s `__name__`, `__doc__`, `__package__`; the functions of
//! `builtin_methods[]` (Python/bltinmodule.c) in table order; the doc string; the
//! `SETBUILTIN` objects; `__debug__`; then the exception classes in `_PyExc_Init`'s order
//! (Objects/exceptions.c).
//!
//! The order matters because the dict is a real open-addressing table whose iteration order
//! follows insertion: a program that prints `globals()` after an `exec` shows the builtins
//! dict, and `dir(__builtins__)` lists it. A name the VM does not implement yet is still
//! present, with CPython's repr; calling it is a fault that names it.

use crate::error::{PyErr, PyResult};
use crate::objects::{self, new_str_from, BuiltinFunction, CallConv, MethodDef, ObjRef};
use crate::objects::{Payload, PyObject};
use crate::runtime::Vm;

/// `builtin_methods[]`, in order, each a stand-in used only when the VM has no
/// implementation of that name.
macro_rules! stand_ins {
    ($($name:literal),* $(,)?) => {
        &[$(MethodDef {
            name: $name,
            conv: CallConv::VarArgs,
            func: |_, _, _| Err(PyErr::unsupported(concat!("the built-in function ", $name, "()"))),
        }),*]
    };
}

static FUNCTION_STAND_INS: &[MethodDef] = stand_ins![
    "__import__",
    "abs",
    "all",
    "any",
    "apply",
    "bin",
    "callable",
    "chr",
    "cmp",
    "coerce",
    "compile",
    "delattr",
    "dir",
    "divmod",
    "eval",
    "execfile",
    "filter",
    "format",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "intern",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "locals",
    "map",
    "max",
    "min",
    "next",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "range",
    "raw_input",
    "reduce",
    "reload",
    "repr",
    "round",
    "setattr",
    "sorted",
    "sum",
    "unichr",
    "vars",
    "zip",
];

/// The `SETBUILTIN` names of `_PyBuiltin_Init`, in order.
const OBJECT_NAMES: &[&str] = &[
    "None",
    "Ellipsis",
    "NotImplemented",
    "False",
    "True",
    "basestring",
    "bool",
    "memoryview",
    "bytearray",
    "bytes",
    "buffer",
    "classmethod",
    "complex",
    "dict",
    "enumerate",
    "file",
    "float",
    "frozenset",
    "property",
    "int",
    "list",
    "long",
    "object",
    "reversed",
    "set",
    "slice",
    "staticmethod",
    "str",
    "super",
    "tuple",
    "type",
    "xrange",
    "unicode",
];

/// `builtin_doc`, the module's `__doc__`.
const BUILTIN_DOC: &str = "Built-in functions, exceptions, and other objects.\n\n\
Noteworthy: None is the `nil' object; Ellipsis represents `...' in slices.";

/// Fills `__builtin__`'s dict in CPython's order. `functions` are the VM's native function tables;
/// `objects` its types and constants by builtin name; `exceptions` the exception classes in
/// `_PyExc_Init`'s order. A type the VM lacks gets a stand-in type of that name.
pub fn fill(
    vm: &mut Vm,
    dict: &ObjRef,
    functions: &[&'static [MethodDef]],
    objects: &[(&str, ObjRef)],
    exceptions: &[(&'static str, ObjRef)],
) -> PyResult<()> {
    let set = |vm: &mut Vm, name: &str, value: ObjRef| vm.dict_set(dict, new_str_from(name), value);
    set(vm, "__name__", new_str_from("__builtin__"))?;
    set(vm, "__doc__", objects::none())?;
    set(vm, "__package__", objects::none())?;
    for stand_in in FUNCTION_STAND_INS {
        let def = functions
            .iter()
            .flat_map(|table| table.iter())
            .find(|d| d.name == stand_in.name)
            .unwrap_or(stand_in);
        let f = PyObject::new(Payload::Builtin(BuiltinFunction {
            def,
            self_obj: None,
        }));
        set(vm, def.name, f)?;
    }
    set(vm, "__doc__", new_str_from(BUILTIN_DOC))?;
    for name in OBJECT_NAMES {
        let value = match objects.iter().find(|(n, _)| n == name) {
            Some((_, v)) => v.clone(),
            None => crate::runtime::types::new_type(name, Some(&vm.types.object)),
        };
        set(vm, name, value)?;
    }
    set(vm, "__debug__", objects::new_bool(true))?;
    for name in EXCEPTION_ORDER {
        if let Some((_, class)) = exceptions.iter().find(|(n, _)| n == name) {
            set(vm, name, class.clone())?;
        }
    }
    Ok(())
}

/// `_PyExc_Init`'s order of the exception classes (Linux: no WindowsError, VMSError).
const EXCEPTION_ORDER: &[&str] = &[
    "BaseException",
    "Exception",
    "StandardError",
    "TypeError",
    "StopIteration",
    "GeneratorExit",
    "SystemExit",
    "KeyboardInterrupt",
    "ImportError",
    "EnvironmentError",
    "IOError",
    "OSError",
    "EOFError",
    "RuntimeError",
    "NotImplementedError",
    "NameError",
    "UnboundLocalError",
    "AttributeError",
    "SyntaxError",
    "IndentationError",
    "TabError",
    "LookupError",
    "IndexError",
    "KeyError",
    "ValueError",
    "UnicodeError",
    "UnicodeEncodeError",
    "UnicodeDecodeError",
    "UnicodeTranslateError",
    "AssertionError",
    "ArithmeticError",
    "FloatingPointError",
    "OverflowError",
    "ZeroDivisionError",
    "SystemError",
    "ReferenceError",
    "MemoryError",
    "BufferError",
    "Warning",
    "UserWarning",
    "DeprecationWarning",
    "PendingDeprecationWarning",
    "SyntaxWarning",
    "RuntimeWarning",
    "FutureWarning",
    "ImportWarning",
    "UnicodeWarning",
    "BytesWarning",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_native_function_has_a_place_in_the_order() {
        for def in crate::builtins::FUNCTION_TABLES
            .iter()
            .flat_map(|t| t.iter())
        {
            assert!(
                FUNCTION_STAND_INS.iter().any(|s| s.name == def.name),
                "{} is not a CPython builtin",
                def.name
            );
        }
    }

    #[test]
    fn exception_order_names_each_class_exactly_once() {
        let types = crate::runtime::types::Types::new();
        let mut defined: Vec<&str> = types.exc.all().into_iter().map(|(n, _)| n).collect();
        let mut ordered = EXCEPTION_ORDER.to_vec();
        defined.sort_unstable();
        ordered.sort_unstable();
        assert_eq!(defined, ordered);
    }
}
