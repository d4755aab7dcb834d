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

/// Why a complex operation failed (CPython's `errno` after the C helper).
#[derive(Debug, PartialEq, Eq)]
pub enum ComplexError {
    /// `EDOM`: division by zero, or 0 to a negative or complex power.
    Domain,
    /// `ERANGE`: an infinite result from finite operands.
    Range,
}

const ONE: Complex = Complex {
    real: 1.0,
    imag: 0.0,
};

pub fn sum(a: Complex, b: Complex) -> Complex {
    Complex {
        real: a.real + b.real,
        imag: a.imag + b.imag,
    }
}

pub fn diff(a: Complex, b: Complex) -> Complex {
    Complex {
        real: a.real - b.real,
        imag: a.imag - b.imag,
    }
}

pub fn prod(a: Complex, b: Complex) -> Complex {
    Complex {
        real: a.real * b.real - a.imag * b.imag,
        imag: a.real * b.imag + a.imag * b.real,
    }
}

/// `c_quot`: Smith's algorithm, scaling by the larger part of the divisor.
pub fn quot(a: Complex, b: Complex) -> Result<Complex, ComplexError> {
    let (abs_breal, abs_bimag) = (b.real.abs(), b.imag.abs());
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return Err(ComplexError::Domain);
        }
        let ratio = b.imag / b.real;
        let denom = b.real + b.imag * ratio;
        Ok(Complex {
            real: (a.real + a.imag * ratio) / denom,
            imag: (a.imag - a.real * ratio) / denom,
        })
    } else if abs_bimag >= abs_breal {
        let ratio = b.real / b.imag;
        let denom = b.real * ratio + b.imag;
        Ok(Complex {
            real: (a.real * ratio + a.imag) / denom,
            imag: (a.imag * ratio - a.real) / denom,
        })
    } else {
        Ok(Complex {
            real: f64::NAN,
            imag: f64::NAN,
        })
    }
}

/// `c_pow`: through polar form.
fn pow_polar(a: Complex, b: Complex) -> Result<Complex, ComplexError> {
    if b.real == 0.0 && b.imag == 0.0 {
        return Ok(ONE);
    }
    if a.real == 0.0 && a.imag == 0.0 {
        if b.imag != 0.0 || b.real < 0.0 {
            return Err(ComplexError::Domain);
        }
        return Ok(Complex {
            real: 0.0,
            imag: 0.0,
        });
    }
    let vabs = a.real.hypot(a.imag);
    let mut len = vabs.powf(b.real);
    let at = a.imag.atan2(a.real);
    let mut phase = at * b.real;
    if b.imag != 0.0 {
        len /= (at * b.imag).exp();
        phase += b.imag * vabs.ln();
    }
    Ok(Complex {
        real: len * phase.cos(),
        imag: len * phase.sin(),
    })
}

/// `c_powu`: repeated squaring for a positive integer exponent.
fn pow_unsigned(x: Complex, n: i64) -> Complex {
    let (mut r, mut p, mut mask) = (ONE, x, 1i64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `complex_pow` without a modulus: integral exponents up to 100 by multiplication, others in
/// polar form; an infinite result from finite parts is a range error.
pub fn pow(a: Complex, b: Complex) -> Result<Complex, ComplexError> {
    let int_exponent = b.real as i64;
    let p = if b.imag == 0.0 && b.real == int_exponent as f64 {
        if !(-100..=100).contains(&int_exponent) {
            pow_polar(a, b)?
        } else if int_exponent > 0 {
            pow_unsigned(a, int_exponent)
        } else {
            quot(ONE, pow_unsigned(a, -int_exponent))?
        }
    } else {
        pow_polar(a, b)?
    };
    if p.real.is_infinite() || p.imag.is_infinite() {
        return Err(ComplexError::Range);
    }
    Ok(p)
}

/// `complex_divmod`'s quotient: the floor of the real part of `a / b`.
pub fn floor_div(a: Complex, b: Complex) -> Result<Complex, ComplexError> {
    let q = quot(a, b)?;
    Ok(Complex {
        real: q.real.floor(),
        imag: 0.0,
    })
}
