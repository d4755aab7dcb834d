//! `getset_descriptor` for the `__dict__` and `__weakref__` attributes `type_new` gives a
//! class whose instances gain a dict or weak-reference slot (`<attribute '__dict__' of 'A'
//! objects>`). A data descriptor: `__dict__` reads the instance dict, `__weakref__` None.

use super::ObjRef;

pub struct PyGetSet {
    pub name: ObjRef,
    pub owner: ObjRef,
}
