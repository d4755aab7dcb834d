//! `BaseException` and its subclasses' instances (Objects/exceptions.c): the class, the
//! `args` tuple and `message`, the members `EnvironmentError` adds, and the position a codec
//! moves a `UnicodeError` to when it reuses one.

use std::cell::RefCell;

use super::ObjRef;

pub struct PyBaseException {
    pub class: ObjRef,
    pub args: RefCell<ObjRef>,
    pub message: RefCell<ObjRef>,
    /// Present exactly when the class derives from `EnvironmentError`.
    pub environment: Option<EnvironmentFields>,
    /// `start`, `end` and `reason` as a codec set them on a `UnicodeError` it hands to the
    /// next error handler of the same call (`PyUnicodeDecodeError_SetStart`, ...), which
    /// leaves `args` as they were.
    pub codec_position: RefCell<Option<[ObjRef; 3]>>,
}

impl PyBaseException {
    /// The arguments a `UnicodeError`'s members and message read: `args`, with the
    /// `start`, `end` and `reason` a codec moved the exception to.
    pub fn unicode_error_args(&self) -> ObjRef {
        let args = self.args.borrow().clone();
        let Some(position) = &*self.codec_position.borrow() else {
            return args;
        };
        match args.as_tuple() {
            Some([encoding, object, _, _, _]) => super::new_tuple(vec![
                encoding.clone(),
                object.clone(),
                position[0].clone(),
                position[1].clone(),
                position[2].clone(),
            ]),
            _ => args,
        }
    }
}

/// The members `EnvironmentError_init` fills from a 2- or 3-argument construction; a member
/// left NULL reads as None.
#[derive(Default)]
pub struct EnvironmentFields {
    pub errno: Option<ObjRef>,
    pub strerror: Option<ObjRef>,
    pub filename: Option<ObjRef>,
}

impl EnvironmentFields {
    /// `EnvironmentError_init`: `(errno, strerror[, filename])`; with a filename, `args`
    /// keeps only the first two items.
    pub fn from_args(args: &mut Vec<ObjRef>) -> Self {
        if !(2..=3).contains(&args.len()) {
            return Self::default();
        }
        let filename = if args.len() == 3 { args.pop() } else { None };
        Self {
            errno: Some(args[0].clone()),
            strerror: Some(args[1].clone()),
            filename,
        }
    }

    /// The `errno`, `strerror` or `filename` member, if `name` is one of them.
    pub fn member(&self, name: &[u8]) -> Option<ObjRef> {
        let slot = match name {
            b"errno" => &self.errno,
            b"strerror" => &self.strerror,
            b"filename" => &self.filename,
            _ => return None,
        };
        Some(slot.clone().unwrap_or_else(super::none))
    }
}

/// The built-in exception hierarchy of Python 2.7: (field name, class name, base class name).
/// The registry in `runtime::types` creates one type per row, in this order.
#[macro_export]
macro_rules! for_each_exception {
    ($m:ident) => {
        $m! {
            base_exception, "BaseException", "object";
            system_exit, "SystemExit", "BaseException";
            keyboard_interrupt, "KeyboardInterrupt", "BaseException";
            generator_exit, "GeneratorExit", "BaseException";
            exception, "Exception", "BaseException";
            stop_iteration, "StopIteration", "Exception";
            standard_error, "StandardError", "Exception";
            buffer_error, "BufferError", "StandardError";
            arithmetic_error, "ArithmeticError", "StandardError";
            floating_point_error, "FloatingPointError", "ArithmeticError";
            overflow_error, "OverflowError", "ArithmeticError";
            zero_division_error, "ZeroDivisionError", "ArithmeticError";
            assertion_error, "AssertionError", "StandardError";
            attribute_error, "AttributeError", "StandardError";
            environment_error, "EnvironmentError", "StandardError";
            io_error, "IOError", "EnvironmentError";
            os_error, "OSError", "EnvironmentError";
            eof_error, "EOFError", "StandardError";
            import_error, "ImportError", "StandardError";
            lookup_error, "LookupError", "StandardError";
            index_error, "IndexError", "LookupError";
            key_error, "KeyError", "LookupError";
            memory_error, "MemoryError", "StandardError";
            name_error, "NameError", "StandardError";
            unbound_local_error, "UnboundLocalError", "NameError";
            reference_error, "ReferenceError", "StandardError";
            runtime_error, "RuntimeError", "StandardError";
            not_implemented_error, "NotImplementedError", "RuntimeError";
            syntax_error, "SyntaxError", "StandardError";
            indentation_error, "IndentationError", "SyntaxError";
            tab_error, "TabError", "IndentationError";
            system_error, "SystemError", "StandardError";
            type_error, "TypeError", "StandardError";
            value_error, "ValueError", "StandardError";
            unicode_error, "UnicodeError", "ValueError";
            unicode_decode_error, "UnicodeDecodeError", "UnicodeError";
            unicode_encode_error, "UnicodeEncodeError", "UnicodeError";
            unicode_translate_error, "UnicodeTranslateError", "UnicodeError";
            warning, "Warning", "Exception";
            deprecation_warning, "DeprecationWarning", "Warning";
            pending_deprecation_warning, "PendingDeprecationWarning", "Warning";
            runtime_warning, "RuntimeWarning", "Warning";
            syntax_warning, "SyntaxWarning", "Warning";
            user_warning, "UserWarning", "Warning";
            future_warning, "FutureWarning", "Warning";
            import_warning, "ImportWarning", "Warning";
            unicode_warning, "UnicodeWarning", "Warning";
            bytes_warning, "BytesWarning", "Warning";
        }
    };
}
