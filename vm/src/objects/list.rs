//! `list`: a mutable sequence (Objects/listobject.c).
