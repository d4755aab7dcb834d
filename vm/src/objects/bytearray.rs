//! `bytearray`: a mutable sequence of bytes (Objects/bytearrayobject.c). The VM has what
//! `sre_compile` builds its character maps with: construction, indexing and slicing, item
//! assignment, `+`/`+=`, `len`, `find`, `str()` and `repr`.

use std::cell::RefCell;

use super::{ObjRef, Payload, PyObject};

pub struct PyByteArray {
    pub bytes: RefCell<Vec<u8>>,
}

pub fn new_bytearray(bytes: Vec<u8>) -> ObjRef {
    PyObject::new(Payload::ByteArray(PyByteArray {
        bytes: RefCell::new(bytes),
    }))
}

/// `bytearray_repr`: `bytearray(b'...')`, quoted and escaped as a `str` is.
pub fn repr(b: &PyByteArray) -> Vec<u8> {
    let mut out = b"bytearray(b".to_vec();
    out.extend(super::str::repr(&b.bytes.borrow()));
    out.push(b')');
    out
}
