//! `bool`: a subclass of `int` with two instances; arithmetic treats them as 0 and 1.

pub fn repr(v: bool) -> &'static [u8] {
    if v {
        b"True"
    } else {
        b"False"
    }
}
