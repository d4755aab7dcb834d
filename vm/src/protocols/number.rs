//! Arithmetic (`PyNumber_*`): the numeric tower int → long → float → complex with 2.7's
//! coercion, classic and true division, floor division and modulo signs, `**` with negative
//! exponents, shifts; and the sequence forms of `+` and `*` (concatenation, repetition).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::builtins::{dict_views, set_methods};
use crate::error::PyResult;
use crate::objects::{self, complex, int, long, new_float, new_int, new_long, ObjRef, Payload};
use crate::protocols::slots::{is_user, Dispatch};
use crate::runtime::Vm;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    /// Classic division: floor for ints, true for floats.
    Div,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    Lshift,
    Rshift,
    And,
    Xor,
    Or,
}

impl BinOp {
    fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div | BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::Lshift => "<<",
            BinOp::Rshift => ">>",
            BinOp::And => "&",
            BinOp::Xor => "^",
            BinOp::Or => "|",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Positive,
    Negative,
    Invert,
    /// `abs(o)` (`PyNumber_Absolute`).
    Absolute,
}

/// A number coerced to the kind both operands share.
enum Num {
    Int(i64),
    Long(BigInt),
    Float(f64),
}

fn as_num(obj: &ObjRef) -> Option<Num> {
    match &obj.payload {
        Payload::Bool(b) => Some(Num::Int(*b as i64)),
        Payload::Int(v) => Some(Num::Int(*v)),
        Payload::Long(v) => Some(Num::Long(v.clone())),
        Payload::Float(v) => Some(Num::Float(*v)),
        _ => None,
    }
}

fn big(n: &Num) -> BigInt {
    match n {
        Num::Int(v) => BigInt::from(*v),
        Num::Long(v) => v.clone(),
        Num::Float(_) => BigInt::zero(),
    }
}

impl Vm {
    /// `a OP b`.
    pub fn binary_op(&mut self, op: BinOp, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
        match self.user_binary(op, a, b, false)? {
            Dispatch::Done(r) => return Ok(r),
            Dispatch::Unsupported => return Err(self.unsupported_operands(op, a, b, "")),
            Dispatch::Builtin => {}
        }
        match self.builtin_binary(op, a, b)? {
            Some(r) => Ok(r),
            None => Err(self.unsupported_operands(op, a, b, "")),
        }
    }

    /// `a OP b` by the payloads alone (`int.__add__` and friends); None when they do not
    /// support it.
    pub(crate) fn builtin_binary(
        &mut self,
        op: BinOp,
        a: &ObjRef,
        b: &ObjRef,
    ) -> PyResult<Option<ObjRef>> {
        if let (Payload::Bool(x), Payload::Bool(y)) = (&a.payload, &b.payload) {
            // `bool_and`, `bool_or`, `bool_xor`: two bools give a bool.
            match op {
                BinOp::And => return Ok(Some(objects::new_bool(*x & *y))),
                BinOp::Or => return Ok(Some(objects::new_bool(*x | *y))),
                BinOp::Xor => return Ok(Some(objects::new_bool(*x ^ *y))),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return self.numeric_op(op, x, y).map(Some);
        }
        if let Some(r) = self.complex_op(op, a, b)? {
            return Ok(Some(r));
        }
        if let Some(r) = set_methods::binary_op(self, op, a, b)? {
            return Ok(Some(r));
        }
        if let Some(r) = dict_views::binary_op(self, op, a, b)? {
            return Ok(Some(r));
        }
        self.sequence_op(op, a, b, false)
    }

    /// `a OP= b`: lists extend and repeat in place; everything else as `binary_op`.
    pub fn inplace_op(&mut self, op: BinOp, a: &ObjRef, b: &ObjRef) -> PyResult<ObjRef> {
        match self.user_binary(op, a, b, true)? {
            Dispatch::Done(r) => return Ok(r),
            Dispatch::Unsupported => return Err(self.unsupported_operands(op, a, b, "=")),
            Dispatch::Builtin => {}
        }
        if let (Payload::Bool(x), Payload::Bool(y)) = (&a.payload, &b.payload) {
            // `bool_and`, `bool_or`, `bool_xor`: two bools give a bool.
            match op {
                BinOp::And => return Ok(objects::new_bool(*x & *y)),
                BinOp::Or => return Ok(objects::new_bool(*x | *y)),
                BinOp::Xor => return Ok(objects::new_bool(*x ^ *y)),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return self.numeric_op(op, x, y);
        }
        if let Some(r) = self.complex_op(op, a, b)? {
            return Ok(r);
        }
        if let Some(r) = set_methods::inplace_op(self, op, a, b)? {
            return Ok(r);
        }
        if let Some(r) = set_methods::binary_op(self, op, a, b)? {
            return Ok(r);
        }
        if let Some(r) = dict_views::binary_op(self, op, a, b)? {
            return Ok(r);
        }
        if let Some(r) = self.sequence_op(op, a, b, true)? {
            return Ok(r);
        }
        Err(self.unsupported_operands(op, a, b, "="))
    }

    /// A number as a complex (`complex_coerce`); `None` for non-numbers.
    fn as_complex(&self, obj: &ObjRef) -> PyResult<Option<complex::Complex>> {
        Ok(match &obj.payload {
            Payload::Complex(c) => Some(*c),
            _ => match as_num(obj) {
                Some(n) => Some(complex::Complex {
                    real: self.to_float(&n)?,
                    imag: 0.0,
                }),
                None => None,
            },
        })
    }

    /// Arithmetic with a complex operand (Objects/complexobject.c); `None` when neither operand
    /// is complex or the other is not a number.
    fn complex_op(&mut self, op: BinOp, a: &ObjRef, b: &ObjRef) -> PyResult<Option<ObjRef>> {
        let either =
            matches!(a.payload, Payload::Complex(_)) || matches!(b.payload, Payload::Complex(_));
        if !either {
            return Ok(None);
        }
        let (Some(x), Some(y)) = (self.as_complex(a)?, self.as_complex(b)?) else {
            return Ok(None);
        };
        let division = |r: Result<complex::Complex, complex::ComplexError>, msg: &str| {
            r.map_err(|_| self.zero_division(msg))
        };
        let result = match op {
            BinOp::Add => complex::sum(x, y),
            BinOp::Sub => complex::diff(x, y),
            BinOp::Mul => complex::prod(x, y),
            BinOp::Div | BinOp::TrueDiv => {
                division(complex::quot(x, y), "complex division by zero")?
            }
            BinOp::FloorDiv => division(complex::floor_div(x, y), "complex divmod()")?,
            BinOp::Mod => {
                let q = division(complex::floor_div(x, y), "complex remainder")?;
                complex::diff(x, complex::prod(y, q))
            }
            BinOp::Pow => complex::pow(x, y).map_err(|e| match e {
                complex::ComplexError::Domain => {
                    self.zero_division("0.0 to a negative or complex power")
                }
                complex::ComplexError::Range => self.overflow_error("complex exponentiation"),
            })?,
            _ => return Ok(None),
        };
        Ok(Some(complex::new_complex(result.real, result.imag)))
    }

    fn unsupported_operands(
        &self,
        op: BinOp,
        a: &ObjRef,
        b: &ObjRef,
        suffix: &str,
    ) -> crate::error::PyErr {
        let symbol = if op == BinOp::Pow && suffix.is_empty() {
            "** or pow()"
        } else {
            op.symbol()
        };
        self.type_error(format!(
            "unsupported operand type(s) for {symbol}{suffix}: '{}' and '{}'",
            self.type_name(a),
            self.type_name(b)
        ))
    }

    fn numeric_op(&mut self, op: BinOp, x: Num, y: Num) -> PyResult<ObjRef> {
        let bitwise = matches!(
            op,
            BinOp::Lshift | BinOp::Rshift | BinOp::And | BinOp::Xor | BinOp::Or
        );
        if bitwise && (matches!(x, Num::Float(_)) || matches!(y, Num::Float(_))) {
            let name = |n: &Num| match n {
                Num::Int(_) => "int",
                Num::Long(_) => "long",
                Num::Float(_) => "float",
            };
            return Err(self.type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op.symbol(),
                name(&x),
                name(&y)
            )));
        }
        match (x, y) {
            (Num::Float(x), y) => self.float_op(op, x, self.to_float(&y)?),
            (x, Num::Float(y)) => {
                if matches!(
                    op,
                    BinOp::Lshift | BinOp::Rshift | BinOp::And | BinOp::Xor | BinOp::Or
                ) {
                    return Err(self.type_error(format!(
                        "unsupported operand type(s) for {}: '{}' and 'float'",
                        op.symbol(),
                        if matches!(x, Num::Long(_)) {
                            "long"
                        } else {
                            "int"
                        }
                    )));
                }
                self.float_op(op, self.to_float(&x)?, y)
            }
            (Num::Int(x), Num::Int(y)) => match self.int_op(op, x, y)? {
                Some(r) => Ok(r),
                None => self.long_op(op, BigInt::from(x), BigInt::from(y)),
            },
            (x, y) => self.long_op(op, big(&x), big(&y)),
        }
    }

    fn to_float(&self, n: &Num) -> PyResult<f64> {
        match n {
            Num::Int(v) => Ok(*v as f64),
            Num::Float(v) => Ok(*v),
            Num::Long(v) => long::to_f64(v)
                .ok_or_else(|| self.overflow_error("long int too large to convert to float")),
        }
    }

    /// The int slot: `None` means "redo it with longs" (overflow).
    fn int_op(&mut self, op: BinOp, x: i64, y: i64) -> PyResult<Option<ObjRef>> {
        let zero_div = || "integer division or modulo by zero";
        Ok(match op {
            BinOp::Add => x.checked_add(y).map(new_int),
            BinOp::Sub => x.checked_sub(y).map(new_int),
            BinOp::Mul => x.checked_mul(y).map(new_int),
            BinOp::Div | BinOp::FloorDiv => {
                if y == 0 {
                    return Err(self.zero_division(zero_div()));
                }
                int::divmod(x, y).map(|(q, _)| new_int(q))
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err(self.zero_division(zero_div()));
                }
                int::divmod(x, y).map(|(_, r)| new_int(r))
            }
            BinOp::TrueDiv => {
                if y == 0 {
                    return Err(self.zero_division("division by zero"));
                }
                Some(new_float(x as f64 / y as f64))
            }
            BinOp::Pow => {
                if y < 0 {
                    return self.float_op(BinOp::Pow, x as f64, y as f64).map(Some);
                }
                int::pow(x, y).map(new_int)
            }
            BinOp::Lshift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                int::lshift(x, y).map(new_int)
            }
            BinOp::Rshift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Some(new_int(int::rshift(x, y)))
            }
            BinOp::And => Some(new_int(x & y)),
            BinOp::Xor => Some(new_int(x ^ y)),
            BinOp::Or => Some(new_int(x | y)),
        })
    }

    fn long_op(&mut self, op: BinOp, x: BigInt, y: BigInt) -> PyResult<ObjRef> {
        Ok(new_long(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => {
                self.check_alloc(((x.bits() + y.bits()) / 8) as u128)?;
                x * y
            }
            BinOp::Div | BinOp::FloorDiv | BinOp::Mod => {
                if y.is_zero() {
                    return Err(self.zero_division("long division or modulo by zero"));
                }
                let (q, r) = long::divmod(&x, &y);
                if op == BinOp::Mod {
                    r
                } else {
                    q
                }
            }
            BinOp::TrueDiv => {
                if y.is_zero() {
                    return Err(self.zero_division("division by zero"));
                }
                let (a, b) = (long::to_f64(&x), long::to_f64(&y));
                match (a, b) {
                    (Some(a), Some(b)) => return Ok(new_float(a / b)),
                    _ => {
                        return Err(
                            self.overflow_error("integer division result too large for a float")
                        )
                    }
                }
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let (a, b) = (self.to_float(&Num::Long(x))?, self.to_float(&Num::Long(y))?);
                    return self.float_op(BinOp::Pow, a, b);
                }
                let exp = y
                    .to_u32()
                    .ok_or_else(|| self.overflow_error("exponent too large"))?;
                self.check_alloc((x.bits() as u128 * exp as u128) / 8)?;
                num_traits::pow(x, exp as usize)
            }
            BinOp::Lshift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let n = y
                    .to_usize()
                    .ok_or_else(|| self.overflow_error("outrageous left shift count"))?;
                self.check_alloc((x.bits() as u128 + n as u128) / 8)?;
                x << n
            }
            BinOp::Rshift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                match y.to_usize() {
                    Some(n) => x >> n,
                    None => BigInt::from(if x.is_negative() { -1 } else { 0 }),
                }
            }
            BinOp::And => x & y,
            BinOp::Xor => x ^ y,
            BinOp::Or => x | y,
        }))
    }

    fn float_op(&mut self, op: BinOp, x: f64, y: f64) -> PyResult<ObjRef> {
        Ok(new_float(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::Div | BinOp::TrueDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                x / y
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                float_divmod(x, y).1
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float divmod()"));
                }
                float_divmod(x, y).0
            }
            BinOp::Pow => self.float_pow(x, y)?,
            _ => {
                return Err(self.type_error(format!(
                    "unsupported operand type(s) for {}: 'float' and 'float'",
                    op.symbol()
                )))
            }
        }))
    }

    /// `float_pow`'s special cases and errors.
    fn float_pow(&self, x: f64, y: f64) -> PyResult<f64> {
        if y == 0.0 {
            return Ok(1.0);
        }
        if x == 0.0 && y < 0.0 {
            return Err(self.zero_division("0.0 cannot be raised to a negative power"));
        }
        if x < 0.0 && y != y.floor() && y.is_finite() {
            return Err(self.value_error("negative number cannot be raised to a fractional power"));
        }
        let r = x.powf(y);
        if r.is_infinite() && x.is_finite() && y.is_finite() {
            return Err(self.range_error());
        }
        Ok(r)
    }

    pub fn unary_op(&mut self, op: UnaryOp, a: &ObjRef) -> PyResult<ObjRef> {
        let bad = |vm: &Vm, what: &str| {
            vm.type_error(format!(
                "bad operand type for {what}: '{}'",
                vm.type_name(a)
            ))
        };
        if is_user(a) {
            if let Some(r) = self.user_unary(op, a)? {
                return Ok(r);
            }
        }
        match (&a.payload, op) {
            (Payload::Bool(b), _) => self.unary_op(op, &new_int(*b as i64)),
            (Payload::Int(v), UnaryOp::Positive) => Ok(new_int(*v)),
            (Payload::Int(v), UnaryOp::Negative) => Ok(v
                .checked_neg()
                .map(new_int)
                .unwrap_or_else(|| new_long(-BigInt::from(*v)))),
            (Payload::Int(v), UnaryOp::Invert) => Ok(new_int(!*v)),
            (Payload::Long(v), UnaryOp::Positive) => Ok(new_long(v.clone())),
            (Payload::Long(v), UnaryOp::Negative) => Ok(new_long(-v.clone())),
            (Payload::Long(v), UnaryOp::Invert) => Ok(new_long(-(v.clone() + BigInt::from(1)))),
            (Payload::Float(v), UnaryOp::Positive) => Ok(new_float(*v)),
            (Payload::Float(v), UnaryOp::Negative) => Ok(new_float(-*v)),
            (Payload::Complex(c), UnaryOp::Negative) => {
                Ok(objects::complex::new_complex(-c.real, -c.imag))
            }
            (Payload::Complex(c), UnaryOp::Positive) => {
                Ok(objects::complex::new_complex(c.real, c.imag))
            }
            (Payload::Int(v), UnaryOp::Absolute) => Ok(v
                .checked_abs()
                .map(new_int)
                .unwrap_or_else(|| new_long(BigInt::from(*v).abs()))),
            (Payload::Long(v), UnaryOp::Absolute) => Ok(new_long(v.abs())),
            (Payload::Float(v), UnaryOp::Absolute) => Ok(new_float(v.abs())),
            (Payload::Complex(c), UnaryOp::Absolute) => {
                let r = c.real.hypot(c.imag);
                if r.is_infinite() && c.real.is_finite() && c.imag.is_finite() {
                    return Err(self.overflow_error("absolute value too large"));
                }
                Ok(new_float(r))
            }
            (_, UnaryOp::Absolute) => Err(bad(self, "abs()")),
            (_, UnaryOp::Positive) => Err(bad(self, "unary +")),
            (_, UnaryOp::Negative) => Err(bad(self, "unary -")),
            (_, UnaryOp::Invert) => Err(bad(self, "unary ~")),
        }
    }

    /// `+` and `*` (and `%` on strings) for sequences; `Ok(None)` when they do not apply.
    fn sequence_op(
        &mut self,
        op: BinOp,
        a: &ObjRef,
        b: &ObjRef,
        inplace: bool,
    ) -> PyResult<Option<ObjRef>> {
        match op {
            BinOp::Add => self.concat(a, b, inplace).map(Some),
            BinOp::Mul => {
                if is_sequence(a) {
                    if let Some(n) = self.repeat_count(b)? {
                        return self.repeat(a, n, inplace).map(Some);
                    }
                    return Err(self.type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        self.type_name(b)
                    )));
                }
                if is_sequence(b) {
                    if let Some(n) = self.repeat_count(a)? {
                        return self.repeat(b, n, false).map(Some);
                    }
                    return Err(self.type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        self.type_name(a)
                    )));
                }
                Ok(None)
            }
            BinOp::Mod => match &a.payload {
                Payload::Str(s) => {
                    let fmt = s.as_bytes().to_vec();
                    crate::builtins::format::percent_format(self, &fmt, b).map(Some)
                }
                Payload::Unicode(u) => {
                    let fmt = u.chars().to_vec();
                    crate::builtins::format::unicode_percent_format(self, &fmt, b).map(Some)
                }
                _ => Ok(None),
            },
            _ => Ok(None),
        }
    }

    fn repeat_count(&self, n: &ObjRef) -> PyResult<Option<i64>> {
        Ok(match &n.payload {
            Payload::Int(v) => Some(*v),
            Payload::Bool(b) => Some(*b as i64),
            Payload::Long(v) => Some(v.to_i64().ok_or_else(|| {
                self.overflow_error("cannot fit 'long' into an index-sized integer")
            })?),
            _ => None,
        })
    }

    fn concat(&mut self, a: &ObjRef, b: &ObjRef, inplace: bool) -> PyResult<ObjRef> {
        if inplace {
            if let Some(r) = a.native().and_then(|n| n.inplace_concat(self, a, b)) {
                return r;
            }
        }
        if let Payload::StructSeq(s) = &a.payload {
            // `structseq_concat`: its tuple concatenated with the other side.
            return self.concat(&s.to_tuple(), b, false);
        }
        match (&a.payload, &b.payload) {
            (Payload::Str(x), Payload::Str(y)) => {
                self.check_alloc((x.as_bytes().len() + y.as_bytes().len()) as u128)?;
                Ok(objects::new_str([x.as_bytes(), y.as_bytes()].concat()))
            }
            (Payload::Tuple(x), Payload::Tuple(y)) => {
                Ok(objects::new_tuple([&x[..], &y[..]].concat()))
            }
            (Payload::ByteArray(x), Payload::Str(_) | Payload::ByteArray(_)) => {
                let tail = match &b.payload {
                    Payload::Str(s) => s.as_bytes().to_vec(),
                    Payload::ByteArray(y) => y.bytes.borrow().clone(),
                    _ => Vec::new(),
                };
                self.check_alloc((x.bytes.borrow().len() + tail.len()) as u128)?;
                if inplace {
                    x.bytes.borrow_mut().extend(tail);
                    return Ok(a.clone());
                }
                let joined = [&x.bytes.borrow()[..], &tail[..]].concat();
                Ok(objects::bytearray::new_bytearray(joined))
            }
            (Payload::List(x), _) if inplace => {
                let items = self.collect_sized_iterable(b)?;
                x.borrow_mut().extend(items);
                Ok(a.clone())
            }
            (Payload::List(x), Payload::List(y)) => {
                let joined = [&x.borrow()[..], &y.borrow()[..]].concat();
                Ok(objects::new_list(joined))
            }
            (Payload::Unicode(_), Payload::Str(_) | Payload::Unicode(_))
            | (Payload::Str(_), Payload::Unicode(_)) => {
                // `PyUnicode_Concat`: both sides through `PyUnicode_FromObject`.
                let mut joined = crate::builtins::unicode_methods::coerce(self, a)?;
                joined.extend(crate::builtins::unicode_methods::coerce(self, b)?);
                self.check_alloc(joined.len() as u128 * 4)?;
                Ok(objects::unicode::new_unicode(joined))
            }
            (Payload::Str(_), _) => Err(self.type_error(format!(
                "cannot concatenate 'str' and '{}' objects",
                self.type_name(b)
            ))),
            (Payload::List(_), _) | (Payload::Tuple(_), _) => {
                let kind = self.type_name(a);
                Err(self.type_error(format!(
                    "can only concatenate {kind} (not \"{}\") to {kind}",
                    self.type_name(b)
                )))
            }
            _ => Err(self.unsupported_operands(BinOp::Add, a, b, if inplace { "=" } else { "" })),
        }
    }

    fn repeat(&mut self, seq: &ObjRef, n: i64, inplace: bool) -> PyResult<ObjRef> {
        if let Payload::StructSeq(s) = &seq.payload {
            // `structseq_repeat`: its tuple repeated.
            return self.repeat(&s.to_tuple(), n, false);
        }
        let n = n.max(0) as usize;
        // `string_repeat`, `tuplerepeat` and `unicode_repeat` return the object itself when
        // the result would equal it.
        let unchanged = match &seq.payload {
            Payload::Str(s) => n == 1 || s.as_bytes().is_empty(),
            Payload::Tuple(items) => n == 1 || items.is_empty(),
            Payload::Unicode(_) => n == 1,
            _ => false,
        };
        if unchanged {
            return Ok(seq.clone());
        }
        match &seq.payload {
            Payload::Str(s) => {
                self.check_alloc(s.as_bytes().len() as u128 * n as u128)?;
                Ok(objects::new_str(s.as_bytes().repeat(n)))
            }
            Payload::Tuple(items) => {
                self.check_alloc(items.len() as u128 * n as u128 * 8)?;
                Ok(objects::new_tuple(repeat_items(items, n)))
            }
            Payload::List(items) => {
                self.check_alloc(items.borrow().len() as u128 * n as u128 * 8)?;
                let repeated = repeat_items(&items.borrow(), n);
                if inplace {
                    *items.borrow_mut() = repeated;
                    Ok(seq.clone())
                } else {
                    Ok(objects::new_list(repeated))
                }
            }
            Payload::Unicode(u) => Ok(objects::unicode::new_unicode(u.chars().repeat(n))),
            _ => Err(self.type_error("unsupported repetition")),
        }
    }
}

fn repeat_items(items: &[ObjRef], n: usize) -> Vec<ObjRef> {
    let mut out = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    out
}

fn is_sequence(obj: &ObjRef) -> bool {
    matches!(
        obj.payload,
        Payload::Str(_)
            | Payload::Unicode(_)
            | Payload::Tuple(_)
            | Payload::List(_)
            | Payload::StructSeq(_)
    )
}

/// `float_divmod`: floor quotient and modulo with the divisor's sign, as floatobject.c
/// computes them (including the sign of a zero remainder).
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}
