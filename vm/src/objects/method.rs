//! `instancemethod`: a function bound to an instance (or unbound, with its class), as
//! Objects/classobject.c defines it for both old- and new-style classes in 2.7.

use super::ObjRef;

pub struct PyMethod {
    pub func: ObjRef,
    /// `im_self`; None for an unbound method.
    pub self_obj: Option<ObjRef>,
    pub class: Option<ObjRef>,
}
