//! `member_descriptor`: for a `__slots__` name, a data descriptor reading and writing the
//! instance's slot storage (`HeapPart::slots`); for a struct sequence's named field, a
//! read-only one reading that field.

use super::ObjRef;

pub struct PySlotMember {
    pub name: ObjRef,
    /// The class that declared the slot.
    pub owner: ObjRef,
    /// The item index of a struct sequence's field (`T_OBJECT`, `READONLY`); None for a slot.
    pub field: Option<usize>,
}
