//! `member_descriptor` for a `__slots__` name: a data descriptor reading and writing the
//! instance's slot storage (`HeapPart::slots`).

use super::ObjRef;

pub struct PySlotMember {
    pub name: ObjRef,
    /// The class that declared the slot.
    pub owner: ObjRef,
}
