//! Truth and comparison (`PyObject_IsTrue`, `PyObject_RichCompare`, `cmp`, `cmp_outcome`):
//! numbers compare by value across int/long/float/bool, sequences lexicographically, and
//! unrelated types by 2.7's default order (None first, numbers next, then by type name).

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::FromPrimitive;

use crate::builtins::{dict_views, set_methods};
use crate::error::PyResult;
use crate::objects::{self, hash::eq_immutable, new_bool, ObjRef, Payload};
use crate::runtime::Vm;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareOp {
    /// The operator of the reflected comparison (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
            other => other,
        }
    }

    fn holds(self, ord: Ordering) -> bool {
        match self {
            CompareOp::Lt => ord == Ordering::Less,
            CompareOp::Le => ord != Ordering::Greater,
            CompareOp::Eq => ord == Ordering::Equal,
            CompareOp::Ne => ord != Ordering::Equal,
            CompareOp::Gt => ord == Ordering::Greater,
            CompareOp::Ge => ord != Ordering::Less,
        }
    }
}

/// A number as the comparison sees it.
enum Real {
    Int(BigInt),
    Float(f64),
}

fn as_real(obj: &ObjRef) -> Option<Real> {
    match &obj.payload {
        Payload::Bool(b) => Some(Real::Int(BigInt::from(*b as i64))),
        Payload::Int(v) => Some(Real::Int(BigInt::from(*v))),
        Payload::Long(v) => Some(Real::Int(v.clone())),
        Payload::Float(v) => Some(Real::Float(*v)),
        _ => None,
    }
}

/// Exact comparison of an integer with a float (`float_richcompare`); None for NaN.
fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let floor = f.floor();
    let fl = BigInt::from_f64(floor)?;
    Some(match i.cmp(&fl) {
        Ordering::Equal if f > floor => Ordering::Less,
        other => other,
    })
}

fn cmp_reals(a: &Real, b: &Real) -> Option<Ordering> {
    match (a, b) {
        (Real::Int(x), Real::Int(y)) => Some(x.cmp(y)),
        (Real::Float(x), Real::Float(y)) => x.partial_cmp(y),
        (Real::Int(x), Real::Float(y)) => cmp_int_float(x, *y),
        (Real::Float(x), Real::Int(y)) => cmp_int_float(y, *x).map(Ordering::reverse),
    }
}

impl Vm {
    /// `PyObject_IsTrue`.
    pub fn is_true(&mut self, obj: &ObjRef) -> PyResult<bool> {
        if crate::protocols::slots::is_user(obj) {
            if let Some(t) = self.user_truth(obj)? {
                return Ok(t);
            }
        }
        Ok(match &obj.payload {
            Payload::None | Payload::Null => false,
            Payload::Bool(b) => *b,
            Payload::Int(v) => *v != 0,
            Payload::Long(v) => !objects::long::is_zero(v),
            Payload::Float(v) => *v != 0.0,
            Payload::Complex(c) => c.real != 0.0 || c.imag != 0.0,
            Payload::Str(s) => !s.as_bytes().is_empty(),
            Payload::Unicode(u) => !u.chars().is_empty(),
            Payload::Tuple(t) => !t.is_empty(),
            Payload::List(l) => !l.borrow().is_empty(),
            Payload::Dict(d) => !d.borrow().is_empty(),
            Payload::Set(s) => !s.borrow().is_empty(),
            Payload::FrozenSet(s) => !s.is_empty(),
            Payload::Xrange(r) => r.len != 0,
            Payload::Native(n) => match n.data.len(self) {
                Some(len) => len? != 0,
                None => true,
            },
            _ => true,
        })
    }

    /// `COMPARE_OP`'s `cmp_outcome`: the six comparisons, `in`, `not in`, `is`, `is not` and
    /// `exception match`.
    pub fn compare_op(&mut self, arg: u32, v: &ObjRef, w: &ObjRef) -> PyResult<ObjRef> {
        let op = match arg {
            0 => CompareOp::Lt,
            1 => CompareOp::Le,
            2 => CompareOp::Eq,
            3 => CompareOp::Ne,
            4 => CompareOp::Gt,
            5 => CompareOp::Ge,
            6 => return Ok(new_bool(self.contains(w, v)?)),
            7 => return Ok(new_bool(!self.contains(w, v)?)),
            8 => return Ok(new_bool(objects::is(v, w))),
            9 => return Ok(new_bool(!objects::is(v, w))),
            10 => return Ok(new_bool(self.exception_match(v, w)?)),
            _ => return Err(self.system_error("bad argument to COMPARE_OP")),
        };
        // COMPARE_OP compares two exact ints inline, without `PyObject_RichCompare`'s
        // recursion level.
        if let (Payload::Int(x), Payload::Int(y), None, None) =
            (&v.payload, &w.payload, &v.heap, &w.heap)
        {
            return Ok(new_bool(op.holds(x.cmp(y))));
        }
        self.rich_compare(v, w, op)
    }

    /// `except E:` matching: `w` may be a class or a tuple of classes.
    fn exception_match(&mut self, v: &ObjRef, w: &ObjRef) -> PyResult<bool> {
        if let Some(items) = w.as_tuple() {
            for item in items.iter() {
                if self.exception_match(v, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        let class = |o: &ObjRef| matches!(o.payload, Payload::Type(_) | Payload::Class(_));
        Ok(class(v) && class(w) && self.is_subclass(v, w) || objects::is(v, w))
    }

    /// `PyObject_RichCompare`: counts a recursion level (" in cmp"), as CPython guards the
    /// comparison of nested containers.
    pub fn rich_compare(&mut self, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
        self.in_cmp(|vm| {
            if let Some(r) = vm.user_compare(a, b, op)? {
                return Ok(r);
            }
            Ok(new_bool(vm.rich_compare_bool_raw(a, b, op)?))
        })
    }

    /// Runs a comparison one recursion level deeper (`Py_EnterRecursiveCall(" in cmp")`).
    fn in_cmp<R>(&mut self, f: impl FnOnce(&mut Self) -> PyResult<R>) -> PyResult<R> {
        self.enter_recursive_call(" in cmp")?;
        let result = f(self);
        self.recursion_depth -= 1;
        result
    }

    /// `PyObject_RichCompareBool`: identity implies equality, as CPython's containers assume.
    pub fn rich_compare_bool(&mut self, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<bool> {
        if objects::is(a, b) {
            match op {
                CompareOp::Eq => return Ok(true),
                CompareOp::Ne => return Ok(false),
                _ => {}
            }
        }
        let verdict = self.in_cmp(|vm| match vm.user_compare(a, b, op)? {
            Some(r) => Ok(Err(r)),
            None => vm.rich_compare_bool_raw(a, b, op).map(Ok),
        })?;
        // The truth of a Python-level result is asked after the level is left.
        match verdict {
            Ok(b) => Ok(b),
            Err(r) => self.is_true(&r),
        }
    }

    /// A comparison by the payloads alone (`list.__eq__` and friends).
    pub(crate) fn builtin_compare(
        &mut self,
        a: &ObjRef,
        b: &ObjRef,
        op: CompareOp,
    ) -> PyResult<bool> {
        self.rich_compare_bool_raw(a, b, op)
    }

    fn rich_compare_bool_raw(&mut self, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<bool> {
        if let Some(r) = a.native().and_then(|n| n.richcompare(self, a, b, op)) {
            return r;
        }
        if let Some(r) = b
            .native()
            .and_then(|n| n.richcompare(self, b, a, op.swapped()))
        {
            return r;
        }
        if let (Some(x), Some(y)) = (as_real(a), as_real(b)) {
            return Ok(match cmp_reals(&x, &y) {
                Some(ord) => op.holds(ord),
                None => op == CompareOp::Ne,
            });
        }
        let number = |o: &ObjRef| {
            matches!(
                o.payload,
                Payload::Bool(_)
                    | Payload::Int(_)
                    | Payload::Long(_)
                    | Payload::Float(_)
                    | Payload::Complex(_)
            )
        };
        let complex_involved =
            matches!(a.payload, Payload::Complex(_)) || matches!(b.payload, Payload::Complex(_));
        if complex_involved
            && number(a)
            && number(b)
            && !matches!(op, CompareOp::Eq | CompareOp::Ne)
        {
            // `complex_richcompare`: complex numbers have no order.
            return Err(self.type_error("no ordering relation is defined for complex numbers"));
        }
        if let Some(r) = dict_views::richcompare(self, a, b, op)? {
            return Ok(r);
        }
        // `structseq_richcompare`: its tuple compared with the other side, whichever side
        // the struct sequence is on.
        match (&a.payload, &b.payload) {
            (Payload::StructSeq(s), _) => return self.rich_compare_bool(&s.to_tuple(), b, op),
            (_, Payload::StructSeq(s)) => return self.rich_compare_bool(a, &s.to_tuple(), op),
            _ => {}
        }
        match (&a.payload, &b.payload) {
            (Payload::Str(x), Payload::Str(y)) => Ok(op.holds(x.as_bytes().cmp(y.as_bytes()))),
            (Payload::Unicode(x), Payload::Unicode(y)) => Ok(op.holds(x.chars().cmp(y.chars()))),
            (Payload::Str(_), Payload::Unicode(_)) | (Payload::Unicode(_), Payload::Str(_)) => {
                // `PyUnicode_RichCompare`: the str is decoded (ASCII) and both compared as text.
                // A str that does not decode makes == and != unequal (CPython also warns) and
                // an ordering raise.
                let decoded = crate::builtins::unicode_methods::coerce(self, a)
                    .and_then(|x| Ok((x, crate::builtins::unicode_methods::coerce(self, b)?)));
                match decoded {
                    Ok((x, y)) => Ok(op.holds(x.cmp(&y))),
                    Err(e)
                        if matches!(op, CompareOp::Eq | CompareOp::Ne)
                            && self.exception_matches(&e, &self.types.exc.unicode_decode_error) =>
                    {
                        Ok(op == CompareOp::Ne)
                    }
                    Err(e) => Err(e),
                }
            }
            (Payload::Tuple(x), Payload::Tuple(y)) => {
                let (x, y) = (x.to_vec(), y.to_vec());
                self.compare_sequences(&x, &y, op)
            }
            (Payload::List(x), Payload::List(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.compare_sequences(&x, &y, op)
            }
            (Payload::Set(_) | Payload::FrozenSet(_), Payload::Set(_) | Payload::FrozenSet(_)) => {
                set_methods::richcompare(self, a, b, op)
            }
            (Payload::Method(x), Payload::Method(y))
                if matches!(op, CompareOp::Eq | CompareOp::Ne) =>
            {
                let same_self = match (&x.self_obj, &y.self_obj) {
                    (Some(p), Some(q)) => objects::is(p, q),
                    (None, None) => true,
                    _ => false,
                };
                let equal = same_self && objects::is(&x.func, &y.func);
                Ok(equal == (op == CompareOp::Eq))
            }
            (Payload::Dict(_), Payload::Dict(_)) if matches!(op, CompareOp::Eq | CompareOp::Ne) => {
                let equal = self.dicts_equal(a, b)?;
                Ok(equal == (op == CompareOp::Eq))
            }
            _ => {
                if let Some(eq) = eq_immutable(a, b) {
                    if matches!(op, CompareOp::Eq | CompareOp::Ne) {
                        return Ok(eq == (op == CompareOp::Eq));
                    }
                }
                Ok(op.holds(self.default_order(a, b)))
            }
        }
    }

    /// Lexicographic comparison: the first pair that is not equal decides.
    fn compare_sequences(&mut self, x: &[ObjRef], y: &[ObjRef], op: CompareOp) -> PyResult<bool> {
        for (a, b) in x.iter().zip(y.iter()) {
            if !self.rich_compare_bool(a, b, CompareOp::Eq)? {
                return match op {
                    CompareOp::Eq => Ok(false),
                    CompareOp::Ne => Ok(true),
                    _ => self.rich_compare_bool(a, b, op),
                };
            }
        }
        Ok(op.holds(x.len().cmp(&y.len())))
    }

    fn dicts_equal(&mut self, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
        let (Some(da), Some(db)) = (a.as_dict(), b.as_dict()) else {
            return Ok(false);
        };
        if da.borrow().len() != db.borrow().len() {
            return Ok(false);
        }
        let entries: Vec<(ObjRef, ObjRef)> = da
            .borrow()
            .entries()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (k, v) in entries {
            match self.dict_get(b, &k)? {
                Some(other) if self.rich_compare_bool(&v, &other, CompareOp::Eq)? => {}
                _ => return Ok(false),
            }
        }
        Ok(true)
    }

    /// `default_3way_compare` for objects of unrelated types.
    fn default_order(&self, a: &ObjRef, b: &ObjRef) -> Ordering {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        if objects::is(&ta, &tb) {
            return objects::address(a).cmp(&objects::address(b));
        }
        if a.is_none() {
            return Ordering::Less;
        }
        if b.is_none() {
            return Ordering::Greater;
        }
        let (na, nb) = (as_real(a).is_some(), as_real(b).is_some());
        if na != nb {
            return if na {
                Ordering::Less
            } else {
                Ordering::Greater
            };
        }
        let (sa, sb) = (self.type_name(a), self.type_name(b));
        sa.cmp(&sb)
            .then_with(|| objects::address(&ta).cmp(&objects::address(&tb)))
    }

    /// `==` as a bool.
    pub fn eq(&mut self, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
        self.rich_compare_bool(a, b, CompareOp::Eq)
    }

    /// Equality that cannot fail (keyword names, internal checks).
    pub fn eq_quiet(&mut self, a: &ObjRef, b: &ObjRef) -> bool {
        self.eq(a, b).unwrap_or(false)
    }

    /// The built-in `cmp(a, b)`: -1, 0 or 1.
    /// `PyObject_Compare`: identical objects are equal at once; anything else is compared one
    /// recursion level deeper.
    pub fn cmp(&mut self, a: &ObjRef, b: &ObjRef) -> PyResult<i32> {
        if objects::is(a, b) {
            return Ok(0);
        }
        self.in_cmp(|vm| {
            if set_methods::is_anyset(a) && set_methods::is_anyset(b) {
                return Err(set_methods::refuse_cmp(vm));
            }
            if crate::protocols::slots::is_user(a) || crate::protocols::slots::is_user(b) {
                return Ok(match vm.user_cmp(a, b)? {
                    Some(c) => c,
                    None => vm.default_order(a, b) as i32,
                });
            }
            if vm.rich_compare_bool_raw(a, b, CompareOp::Eq)? {
                return Ok(0);
            }
            if vm.rich_compare_bool_raw(a, b, CompareOp::Lt)? {
                return Ok(-1);
            }
            Ok(1)
        })
    }
}
