//! The two error layers. A Python exception ([`PyException`]) is a value the program can catch;
//! a VM fault ([`VmError`]) is the VM refusing to go on — malformed input, a limit reached,
//! something not implemented — and unwinds through every Python frame without being catchable.
//! Both travel in [`PyErr`], the error type of [`PyResult`].

use std::fmt;

use crate::objects::ObjRef;

/// A raised exception as CPython's thread state holds it: `value` may still be unnormalized
/// (`None`, the message string, or an argument tuple) until a handler needs the instance.
pub struct PyException {
    pub exc_type: ObjRef,
    pub value: ObjRef,
    pub traceback: Option<ObjRef>,
}

/// Why the VM stopped a program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FaultKind {
    /// The `.pyc` could not be loaded.
    BadPyc,
    /// The bytecode does something CPython itself would crash on.
    BadBytecode,
    /// A step, time, memory or output limit was reached.
    Limit,
    /// A feature of Python 2.7 this VM does not implement yet.
    Unsupported,
}

#[derive(Clone, Debug)]
pub struct VmError {
    pub kind: FaultKind,
    pub message: String,
}

impl fmt::Display for VmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            FaultKind::BadPyc => "bad .pyc",
            FaultKind::BadBytecode => "bad bytecode",
            FaultKind::Limit => "limit reached",
            FaultKind::Unsupported => "not supported",
        };
        write!(f, "{what}: {}", self.message)
    }
}

pub enum PyErr {
    Exception(Box<PyException>),
    Fault(Box<VmError>),
}

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn fault(kind: FaultKind, message: impl Into<String>) -> PyErr {
        PyErr::Fault(Box::new(VmError {
            kind,
            message: message.into(),
        }))
    }

    pub fn unsupported(what: impl fmt::Display) -> PyErr {
        PyErr::fault(FaultKind::Unsupported, what.to_string())
    }

    pub fn bad_bytecode(what: impl fmt::Display) -> PyErr {
        PyErr::fault(FaultKind::BadBytecode, what.to_string())
    }

    /// An exception of `exc_type` whose value is `value` (unnormalized, as `PyErr_SetObject`).
    pub fn new(exc_type: ObjRef, value: ObjRef) -> PyErr {
        PyErr::Exception(Box::new(PyException {
            exc_type,
            value,
            traceback: None,
        }))
    }
}
