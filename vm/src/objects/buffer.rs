//! `buffer` objects as `PyBuffer_FromMemory` makes them: a read-only view of a str's bytes,
//! which `unicode(s, encoding)` hands to a codec it finds in the registry (the codec's
//! Python code shows it in the trace). Only what a codec does with one is implemented: its
//! repr, its length, and reading its bytes as a string argument. The VM has no `buffer`
//! built-in; the type exists once such a view was made.

use std::any::Any;

use super::native::{self, new_native, NativeData};
use super::{address, ObjRef, Payload};
use crate::error::PyResult;
use crate::runtime::Vm;

pub struct ReadOnlyBuffer {
    /// The str whose bytes this is.
    source: ObjRef,
}

impl ReadOnlyBuffer {
    fn bytes(&self) -> &[u8] {
        self.source.as_str_bytes().unwrap_or_default()
    }
}

/// The bytes of a buffer object, if `obj` is one.
pub fn buffer_bytes(obj: &ObjRef) -> Option<&[u8]> {
    native::data::<ReadOnlyBuffer>(obj).map(ReadOnlyBuffer::bytes)
}

impl NativeData for ReadOnlyBuffer {
    fn as_any(&self) -> &dyn Any {
        self
    }

    /// `buffer_repr` for a buffer over memory: `<read-only buffer ptr P, size N at A>`.
    fn repr(&self, _vm: &mut Vm, me: &ObjRef) -> Option<PyResult<Vec<u8>>> {
        let bytes = self.bytes();
        Some(Ok(format!(
            "<read-only buffer ptr {:#x}, size {} at {:#x}>",
            bytes.as_ptr() as usize,
            bytes.len(),
            address(me)
        )
        .into_bytes()))
    }

    fn len(&self, _vm: &mut Vm) -> Option<PyResult<usize>> {
        Some(Ok(self.bytes().len()))
    }
}

impl Vm {
    /// `PyBuffer_FromMemory` over the bytes of the str `source`.
    pub fn new_memory_buffer(&mut self, source: &ObjRef) -> ObjRef {
        debug_assert!(matches!(source.payload, Payload::Str(_)));
        let class = match &self.codecs.buffer_type {
            Some(ty) => ty.clone(),
            None => {
                let object = self.types.object.clone();
                let ty = crate::runtime::types::new_type("buffer", Some(&object));
                self.codecs.buffer_type = Some(ty.clone());
                ty
            }
        };
        new_native(
            &class,
            ReadOnlyBuffer {
                source: source.clone(),
            },
        )
    }
}
