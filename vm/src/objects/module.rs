//! `module`: a namespace dict with a name (Objects/moduleobject.c).

use super::ObjRef;

pub struct PyModule {
    pub dict: ObjRef,
}
