//! `complex`: a pair of doubles (Objects/complexobject.c).

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub real: f64,
    pub imag: f64,
}

pub fn new_complex(real: f64, imag: f64) -> super::ObjRef {
    super::PyObject::new(super::Payload::Complex(Complex { real, imag }))
}

/// `complex_repr`: `2j` when the real part is +0, else `(1+2j)`; parts in format 'r' without a
/// forced `.0`.
pub fn repr(c: &Complex) -> Vec<u8> {
    use super::float::repr_bare;
    if c.real == 0.0 && c.real.is_sign_positive() {
        let mut out = repr_bare(c.imag);
        out.push(b'j');
        return out;
    }
    let mut out = b"(".to_vec();
    out.extend(repr_bare(c.real));
    let imag = repr_bare(c.imag);
    if !imag.starts_with(b"-") {
        out.push(b'+');
    }
    out.extend(imag);
    out.extend_from_slice(b"j)");
    out
}

/// `str(complex)` is the same as its repr in 2.7 for the 'r' format.
pub fn str(c: &Complex) -> Vec<u8> {
    repr(c)
}
