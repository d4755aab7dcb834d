//! `tuple`: an immutable sequence (Objects/tupleobject.c). Repr and hashing live with the
//! generic protocols because they recurse into the items.
