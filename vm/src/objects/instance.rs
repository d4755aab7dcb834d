//! `instance`: an instance of an old-style class (Objects/classobject.c): its class and its
//! `__dict__`. Every special method is looked up on the instance by name.

use super::ObjRef;

pub struct PyInstance {
    /// A `Payload::Class`.
    pub class: ObjRef,
    pub dict: ObjRef,
    /// `__del__` has been queued once (`runtime::finalizers`).
    pub finalized: std::cell::Cell<bool>,
}

/// `instance_repr` without `__repr__`: `<MODULE.NAME instance at ADDR>`.
pub fn repr(module: Option<&[u8]>, name: &[u8], addr: usize) -> Vec<u8> {
    let mut out = b"<".to_vec();
    if let Some(m) = module {
        out.extend_from_slice(m);
        out.push(b'.');
    }
    out.extend_from_slice(name);
    out.extend_from_slice(format!(" instance at {addr:#x}>").as_bytes());
    out
}
