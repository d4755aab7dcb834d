//! CPython 2.7's hash functions, bit for bit as a 64-bit Linux build computes them with hash
//! randomization off. Dict and set iteration order depends on these values, so every one of
//! them must match the reference exactly, including its `-1 → -2` rule (`-1` is the C error
//! value).
//!
//! Also here: [`hash_immutable`] and [`eq_immutable`], hashing and `==` for the built-in values
//! that can be decided without running Python code (what marshal needs for dict and set keys,
//! and what the runtime can use as a fast path).

use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::FromPrimitive;

use super::{address, ObjRef, Payload, PyCode};

/// Maps the C error value `-1` to `-2`, as every CPython hash function does.
#[inline]
fn fix(x: i64) -> i64 {
    if x == -1 {
        -2
    } else {
        x
    }
}

/// `string_hash` (Objects/stringobject.c). The empty string hashes to 0.
pub fn hash_str(s: &[u8]) -> i64 {
    let Some(&first) = s.first() else {
        return 0;
    };
    let mut x: i64 = (first as i64) << 7;
    for &c in s {
        x = x.wrapping_mul(1_000_003) ^ c as i64;
    }
    fix(x ^ s.len() as i64)
}

/// `unicode_hash` (Objects/unicodeobject.c): the same loop over code points, so an ASCII
/// `unicode` hashes like the equal `str` (they compare equal, so they must).
pub fn hash_unicode(s: &[u32]) -> i64 {
    let Some(&first) = s.first() else {
        return 0;
    };
    let mut x: i64 = first.wrapping_shl(7) as i64;
    for &c in s {
        x = x.wrapping_mul(1_000_003) ^ c as i64;
    }
    fix(x ^ s.len() as i64)
}

/// `int_hash`: the value itself.
pub fn hash_int(v: i64) -> i64 {
    fix(v)
}

/// Bits per digit of CPython's long representation on this platform (`sys.long_info`).
const LONG_SHIFT: u32 = 30;

/// `long_hash`: folds the 30-bit digits, most significant first, with a 64-bit rotation and
/// end-around carry, which yields |v| modulo `ULONG_MAX`; then applies the sign.
pub fn hash_long(v: &BigInt) -> i64 {
    let (sign, words) = v.to_u64_digits();
    let bits = v.bits();
    let ndigits = bits.div_ceil(LONG_SHIFT as u64);
    let mut x: u64 = 0;
    for i in (0..ndigits).rev() {
        let d = digit_at(&words, i * LONG_SHIFT as u64);
        x = x.rotate_left(LONG_SHIFT);
        x = x.wrapping_add(d);
        if x < d {
            x = x.wrapping_add(1);
        }
    }
    if sign == Sign::Minus {
        x = x.wrapping_neg();
    }
    if x == u64::MAX {
        x = u64::MAX - 1;
    }
    x as i64
}

/// The 30-bit digit starting at bit `offset` of a little-endian magnitude.
fn digit_at(words: &[u64], offset: u64) -> u64 {
    let word = (offset / 64) as usize;
    let shift = (offset % 64) as u32;
    let mut d = words.get(word).copied().unwrap_or(0) >> shift;
    if shift > 64 - LONG_SHIFT {
        d |= words.get(word + 1).copied().unwrap_or(0) << (64 - shift);
    }
    d & ((1 << LONG_SHIFT) - 1)
}

/// C's `frexp`: `v == m * 2**e` with `0.5 <= |m| < 1` (for finite, non-zero `v`).
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// `_Py_HashDouble` (Objects/object.c): integral values hash like the equal int or long,
/// infinities are fixed constants and NaN hashes to 0.
pub fn hash_float(v: f64) -> i64 {
    if !v.is_finite() {
        if v.is_infinite() {
            return if v < 0.0 { -271_828 } else { 314_159 };
        }
        return 0;
    }
    let intpart = v.trunc();
    if v - intpart == 0.0 {
        // C compares against LONG_MAX/2 converted to double, which is 2**62.
        let limit = (i64::MAX / 2) as f64;
        if intpart > limit || -intpart > limit {
            return match BigInt::from_f64(v) {
                Some(n) => hash_long(&n),
                None => 0,
            };
        }
        return fix(intpart as i64);
    }
    let (mut m, expo) = frexp(v);
    m *= 2_147_483_648.0;
    let hipart = m as i64;
    m = (m - hipart as f64) * 2_147_483_648.0;
    fix(hipart
        .wrapping_add(m as i64)
        .wrapping_add((expo << 15) as i64))
}

/// `complex_hash`: combines the parts so that `x + 0j` hashes like `x`.
pub fn hash_complex(real: f64, imag: f64) -> i64 {
    let hr = hash_float(real);
    let hi = hash_float(imag);
    fix(hr.wrapping_add(hi.wrapping_mul(1_000_003)))
}

/// `tuplehash` over the already computed hashes of the items.
pub fn hash_tuple(items: &[i64]) -> i64 {
    let mut x: i64 = 0x345678;
    let mut mult: i64 = 1_000_003;
    let mut len = items.len() as i64;
    for &y in items {
        len -= 1;
        x = (x ^ y).wrapping_mul(mult);
        mult = mult.wrapping_add(82_520 + len + len);
    }
    fix(x.wrapping_add(97_531))
}

/// `frozenset_hash` over the stored hashes of the members (order does not matter).
pub fn hash_frozenset(hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    let mut hash: i64 = 1_927_868_237;
    hash = hash.wrapping_mul(len as i64 + 1);
    for h in hashes {
        hash ^= (h ^ (h << 16) ^ 89_869_747).wrapping_mul(3_644_798_167);
    }
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == -1 {
        590_923_713
    } else {
        hash
    }
}

/// `_Py_HashPointer`: the address rotated right by 4 (the low bits are always zero).
pub fn hash_pointer(addr: usize) -> i64 {
    fix(addr.rotate_right(4) as i64)
}

fn hash_items(items: &[ObjRef]) -> Option<i64> {
    within_depth(|| {
        let hashes: Option<Vec<i64>> = items.iter().map(hash_immutable).collect();
        Some(hash_tuple(&hashes?))
    })
}

/// Levels of nested tuples (and code objects) the payload-only hashing and equality here
/// will walk; deeper, they answer "cannot tell" (None) and the caller falls back to the
/// VM's bounded, Python-level path.
const MAX_DEPTH: usize = 1_000;

thread_local! {
    static DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Runs `f` one level deeper, or answers None past `MAX_DEPTH`.
fn within_depth<R>(f: impl FnOnce() -> Option<R>) -> Option<R> {
    let depth = DEPTH.with(|d| d.get());
    if depth >= MAX_DEPTH {
        return None;
    }
    DEPTH.with(|d| d.set(depth + 1));
    let result = f();
    DEPTH.with(|d| d.set(depth));
    result
}

/// `code_hash`: the name, bytecode and name/const tuples, xored with the counts.
pub fn hash_code(code: &PyCode) -> Option<i64> {
    let h = hash_immutable(&code.name)?
        ^ hash_str(&code.code)
        ^ hash_items(&code.consts)?
        ^ hash_items(&code.names)?
        ^ hash_items(&code.varnames)?
        ^ hash_items(&code.freevars)?
        ^ hash_items(&code.cellvars)?
        ^ (code.argcount as i32 as i64)
        ^ (code.nlocals as i32 as i64)
        ^ (code.flags as i32 as i64);
    Some(fix(h))
}

/// `hash(obj)` for values whose hash CPython computes without running Python code; `None`
/// for unhashable values (lists, dicts, sets, tuples holding them) and for objects whose hash
/// may come from a Python `__hash__` (instances, classes) or that this module does not model.
pub fn hash_immutable(obj: &ObjRef) -> Option<i64> {
    Some(match &obj.payload {
        Payload::None
        | Payload::NotImplemented
        | Payload::Ellipsis
        | Payload::Function(_)
        | Payload::Module(_) => hash_pointer(address(obj)),
        Payload::Bool(b) => *b as i64,
        Payload::Int(v) => hash_int(*v),
        Payload::Long(v) => hash_long(v),
        Payload::Float(v) => hash_float(*v),
        Payload::Complex(c) => hash_complex(c.real, c.imag),
        Payload::Str(s) => s.hash(),
        Payload::Unicode(u) => match u.cached_hash().get() {
            Some(h) => h,
            None => {
                let h = hash_unicode(u.chars());
                u.cached_hash().set(Some(h));
                h
            }
        },
        Payload::Tuple(items) => hash_items(items)?,
        Payload::StructSeq(s) => hash_items(s.visible())?,
        Payload::FrozenSet(t) => hash_frozenset(t.keys_with_hash().map(|(h, _)| h), t.len()),
        Payload::Code(c) => hash_code(c)?,
        _ => return None,
    })
}

/// A numeric value as `==` sees it across `bool`, `int`, `long`, `float` and `complex`.
enum Num<'a> {
    Small(i64),
    Big(&'a BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn as_num(obj: &ObjRef) -> Option<Num<'_>> {
    Some(match &obj.payload {
        Payload::Bool(b) => Num::Small(*b as i64),
        Payload::Int(v) => Num::Small(*v),
        Payload::Long(v) => Num::Big(v),
        Payload::Float(v) => Num::Float(*v),
        Payload::Complex(c) => Num::Complex(c.real, c.imag),
        _ => return None,
    })
}

/// An integral value, exactly (`float_richcompare` compares floats with longs exactly).
fn float_eq_integer(f: f64, n: &BigInt) -> bool {
    f.is_finite() && f.fract() == 0.0 && BigInt::from_f64(f).is_some_and(|v| &v == n)
}

fn num_eq(a: &Num, b: &Num) -> bool {
    use Num::*;
    let int_of = |n: &Num| -> Option<BigInt> {
        match n {
            Small(v) => Some(BigInt::from(*v)),
            Big(v) => Some((*v).clone()),
            _ => None,
        }
    };
    match (a, b) {
        (Small(x), Small(y)) => x == y,
        (Float(x), Float(y)) => x == y,
        (Float(x), Complex(re, im)) | (Complex(re, im), Float(x)) => x == re && *im == 0.0,
        (Complex(r1, i1), Complex(r2, i2)) => r1 == r2 && i1 == i2,
        (Float(f), n) | (n, Float(f)) => int_of(n).is_some_and(|n| float_eq_integer(*f, &n)),
        (Complex(re, im), n) | (n, Complex(re, im)) => {
            *im == 0.0 && int_of(n).is_some_and(|n| float_eq_integer(*re, &n))
        }
        _ => int_of(a) == int_of(b),
    }
}

/// `str == unicode`: the `str` is decoded as ASCII; a non-ASCII `str` makes CPython warn
/// (`UnicodeWarning`) and answer False, a side effect this function leaves to the caller.
fn str_unicode_eq(s: &[u8], u: &[u32]) -> Option<bool> {
    if !s.is_ascii() {
        return None;
    }
    Some(s.len() == u.len() && s.iter().zip(u).all(|(&b, &c)| b as u32 == c))
}

/// `PyObject_RichCompareBool(a, b, Py_EQ)`: identity first, as containers compare items.
fn item_eq(a: &ObjRef, b: &ObjRef) -> Option<bool> {
    if super::is(a, b) {
        return Some(true);
    }
    eq_immutable(a, b)
}

/// `tuplerichcompare` for `==`: items up to the first unequal one, then the lengths.
fn items_eq(a: &[ObjRef], b: &[ObjRef]) -> Option<bool> {
    within_depth(|| {
        for (x, y) in a.iter().zip(b) {
            if !item_eq(x, y)? {
                return Some(false);
            }
        }
        Some(a.len() == b.len())
    })
}

/// Set equality: same size and every member of `a` found in `b` by hash and `==`.
fn sets_eq(a: &super::set::SetTable, b: &super::set::SetTable) -> Option<bool> {
    if a.len() != b.len() {
        return Some(false);
    }
    for (h, k) in a.keys_with_hash() {
        let probe = b.lookup(k, h, &mut item_eq)?;
        if matches!(probe, super::dict::Probe::Vacant(_)) {
            return Some(false);
        }
    }
    Some(true)
}

/// Whether a float is -0.0 (`_PyCode_ConstantKey` tells it apart from 0.0).
fn neg_zero(v: f64) -> bool {
    v == 0.0 && v.is_sign_negative()
}

/// Equality of two code constants under `_PyCode_ConstantKey`: the exact type must match, and
/// signed zeros are told apart, so `f(0)` and `f(0.0)` stay distinct code objects.
fn const_eq(a: &ObjRef, b: &ObjRef) -> Option<bool> {
    if super::is(a, b) {
        return Some(true);
    }
    Some(match (&a.payload, &b.payload) {
        (Payload::None, Payload::None) => true,
        (Payload::Int(_), Payload::Int(_))
        | (Payload::Long(_), Payload::Long(_))
        | (Payload::Bool(_), Payload::Bool(_))
        | (Payload::Str(_), Payload::Str(_))
        | (Payload::Unicode(_), Payload::Unicode(_))
        | (Payload::Code(_), Payload::Code(_)) => eq_immutable(a, b)?,
        (Payload::Float(x), Payload::Float(y)) => neg_zero(*x) == neg_zero(*y) && x == y,
        (Payload::Complex(x), Payload::Complex(y)) => {
            neg_zero(x.real) == neg_zero(y.real) && neg_zero(x.imag) == neg_zero(y.imag) && x == y
        }
        (Payload::Tuple(x), Payload::Tuple(y)) => consts_eq(x, y)?,
        (Payload::FrozenSet(x), Payload::FrozenSet(y)) => {
            // The key holds a frozenset of member keys; only a plain mismatch is decidable here.
            if sets_eq(x, y)? {
                return None;
            }
            false
        }
        _ => false,
    })
}

/// A tuple of constants under `_PyCode_ConstantKey`: plain `==` first, then the keys.
fn consts_eq(a: &[ObjRef], b: &[ObjRef]) -> Option<bool> {
    if !items_eq(a, b)? {
        return Some(false);
    }
    for (x, y) in a.iter().zip(b) {
        if !const_eq(x, y)? {
            return Some(false);
        }
    }
    Some(true)
}

/// `code_richcompare` for `==`, in CPython's order of fields.
fn code_eq(a: &PyCode, b: &PyCode) -> Option<bool> {
    Some(
        item_eq(&a.name, &b.name)?
            && a.argcount == b.argcount
            && a.nlocals == b.nlocals
            && a.flags == b.flags
            && a.firstlineno == b.firstlineno
            && a.code == b.code
            && consts_eq(&a.consts, &b.consts)?
            && items_eq(&a.names, &b.names)?
            && items_eq(&a.varnames, &b.varnames)?
            && items_eq(&a.freevars, &b.freevars)?
            && items_eq(&a.cellvars, &b.cellvars)?,
    )
}

/// Whether `eq_immutable` knows how this kind of object compares.
fn is_known(obj: &ObjRef) -> bool {
    matches!(
        obj.payload,
        Payload::None
            | Payload::NotImplemented
            | Payload::Ellipsis
            | Payload::Bool(_)
            | Payload::Int(_)
            | Payload::Long(_)
            | Payload::Float(_)
            | Payload::Complex(_)
            | Payload::Str(_)
            | Payload::Unicode(_)
            | Payload::Tuple(_)
            | Payload::StructSeq(_)
            | Payload::FrozenSet(_)
            | Payload::Set(_)
            | Payload::Code(_)
    )
}

/// `a == b` as CPython decides it for built-in immutable values (and sets): numbers compare
/// by value across `bool`/`int`/`long`/`float`/`complex`, `str` with `unicode` through ASCII,
/// tuples item by item, other distinct kinds are unequal. `None` when the answer needs Python
/// code, an object this function does not model, or a `UnicodeWarning` side effect.
pub fn eq_immutable(a: &ObjRef, b: &ObjRef) -> Option<bool> {
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Some(num_eq(&x, &y));
    }
    if !is_known(a) || !is_known(b) {
        return None;
    }
    match (&a.payload, &b.payload) {
        (Payload::Str(x), Payload::Str(y)) => Some(x.as_bytes() == y.as_bytes()),
        (Payload::Unicode(x), Payload::Unicode(y)) => Some(x.chars() == y.chars()),
        (Payload::Str(s), Payload::Unicode(u)) | (Payload::Unicode(u), Payload::Str(s)) => {
            str_unicode_eq(s.as_bytes(), u.chars())
        }
        (Payload::Tuple(x), Payload::Tuple(y)) => items_eq(x, y),
        // `structseq_richcompare` compares its tuple, on either side.
        (Payload::StructSeq(x), Payload::StructSeq(y)) => items_eq(x.visible(), y.visible()),
        (Payload::StructSeq(s), Payload::Tuple(t)) | (Payload::Tuple(t), Payload::StructSeq(s)) => {
            items_eq(s.visible(), t)
        }
        (Payload::FrozenSet(x), Payload::FrozenSet(y)) => sets_eq(x, y),
        (Payload::Set(x), Payload::FrozenSet(y)) | (Payload::FrozenSet(y), Payload::Set(x)) => {
            sets_eq(&x.borrow(), y)
        }
        (Payload::Set(x), Payload::Set(y)) => {
            if super::is(a, b) {
                return Some(true);
            }
            sets_eq(&x.borrow(), &y.borrow())
        }
        (Payload::Code(x), Payload::Code(y)) => {
            if Rc::ptr_eq(x, y) {
                return Some(true);
            }
            code_eq(x, y)
        }
        // Singletons and everything of distinct kinds: identity, as the default comparison.
        _ => Some(super::is(a, b)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::{
        complex::new_complex, new_bool, new_float, new_int, new_long, new_str, new_tuple, none,
        set::SetTable, unicode::new_unicode, PyObject,
    };

    /// Builds a frozenset the way CPython does (insertion by hash and `==`).
    fn frozenset(items: Vec<ObjRef>) -> ObjRef {
        let mut t = SetTable::new();
        for k in items {
            let h = hash_immutable(&k).unwrap();
            let p = t.lookup(&k, h, &mut eq_immutable).unwrap();
            t.add_at(p, k, h);
        }
        PyObject::new(Payload::FrozenSet(t))
    }

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    fn u(s: &str) -> Vec<u32> {
        s.chars().map(|c| c as u32).collect()
    }

    // Every expected value below was printed by CPython 2.7.18 (64-bit Linux, UCS-4 build).

    #[test]
    fn str_hashes_match_cpython() {
        assert_eq!(hash_str(b""), 0);
        assert_eq!(hash_str(b"a"), 12416037344);
        assert_eq!(hash_str(b"abc"), 1453079729188098211);
        assert_eq!(hash_str(b"hello world"), -2324238377118044897);
        assert_eq!(hash_str(&[b'x'; 100]), -5622435189161604924);
        assert_eq!(hash_str(b"\xff\x00\x80"), 8003493489078072436);
    }

    #[test]
    fn unicode_hashes_match_cpython() {
        assert_eq!(hash_unicode(&[]), 0);
        assert_eq!(hash_unicode(&u("abc")), 1453079729188098211);
        assert_eq!(hash_unicode(&u("hello world")), hash_str(b"hello world"));
        assert_eq!(hash_unicode(&[0xe9]), 29824089448);
        assert_eq!(hash_unicode(&[0x20ac, 0x1f600]), 1070598431925673222);
    }

    #[test]
    fn int_and_long_hashes_match_cpython() {
        assert_eq!(hash_int(-1), -2);
        assert_eq!(hash_int(-2), -2);
        assert_eq!(hash_int(0), 0);
        assert_eq!(hash_int(i64::MAX), i64::MAX);
        assert_eq!(hash_int(i64::MIN), i64::MIN);
        assert_eq!(hash_long(&big("0")), 0);
        assert_eq!(hash_long(&big("1")), 1);
        assert_eq!(hash_long(&big("-1")), -2);
        assert_eq!(hash_long(&big("9223372036854775807")), 9223372036854775807);
        assert_eq!(
            hash_long(&big("-9223372036854775808")),
            -9223372036854775808
        );
        assert_eq!(hash_long(&big("9223372036854775808")), -9223372036854775808);
        assert_eq!(hash_long(&big("18446744073709551616")), 1);
        assert_eq!(hash_long(&big("18446744073709551615")), -2);
        assert_eq!(
            hash_long(&big("-1267650600228229401496703205376")),
            -68719476736
        );
        assert_eq!(
            hash_long(&big("1267650600228229401496703205376")),
            68719476736
        );
        assert_eq!(
            hash_long(&big("1000000000000000000000000000000")),
            5076944324515372240
        );
    }

    #[test]
    fn float_hashes_match_cpython() {
        assert_eq!(hash_float(1.5), 1610645504);
        assert_eq!(hash_float(-0.0), 0);
        assert_eq!(hash_float(0.0), 0);
        assert_eq!(hash_float(1e100), -5970202163673034167);
        assert_eq!(hash_float(-1e100), 5970202163673034167);
        assert_eq!(hash_float(f64::INFINITY), 314159);
        assert_eq!(hash_float(f64::NEG_INFINITY), -271828);
        assert_eq!(hash_float(f64::NAN), 0);
        assert_eq!(hash_float(0.1), 2576882278);
        assert_eq!(hash_float(-2.5), -1342111744);
        assert_eq!(hash_float(1e-310), 2482351555);
        assert_eq!(hash_float(5e-324), 1038581760);
        assert_eq!(hash_float(2f64.powi(62)), 4611686018427387904);
        assert_eq!(hash_float(2f64.powi(63)), -9223372036854775808);
        assert_eq!(hash_float(-1.0), -2);
        assert_eq!(hash_float(123456789.123), 4054957393);
    }

    #[test]
    fn complex_tuple_and_frozenset_hashes_match_cpython() {
        assert_eq!(hash_complex(1.0, 2.0), 2000007);
        assert_eq!(hash_complex(0.0, 1.0), 1000003);
        assert_eq!(hash_complex(-1.5, -0.5), -1073746655805440);
        assert_eq!(hash_complex(3.0, 0.0), 3);
        assert_eq!(hash_tuple(&[1, 2, 3]), 2528502973977326415);
        assert_eq!(hash_tuple(&[]), 3527539);

        let t = |v: Vec<ObjRef>| new_tuple(v);
        let nested = t(vec![t(vec![new_int(1), new_int(2)]), t(vec![new_int(3)])]);
        assert_eq!(hash_immutable(&nested), Some(8911505428751851407));
        let mixed = t(vec![
            new_float(1.5),
            new_str(b"a".to_vec()),
            new_unicode(u("b")),
            new_long(big("1180591620717411303424")),
        ]);
        assert_eq!(hash_immutable(&mixed), Some(-7190969079436343516));

        let fs = frozenset(vec![new_int(1), new_int(2), new_int(3)]);
        assert_eq!(hash_immutable(&fs), Some(-7699079583225461316));
        assert_eq!(hash_immutable(&frozenset(vec![])), Some(133156838395276));
        let ab = frozenset(vec![new_str(b"a".to_vec()), new_str(b"b".to_vec())]);
        assert_eq!(hash_immutable(&ab), Some(3138257626259684061));
        let inner = frozenset(vec![
            frozenset(vec![new_int(1)]),
            t(vec![new_int(1), new_int(2)]),
        ]);
        assert_eq!(hash_immutable(&inner), Some(8644168063571795609));
        assert_eq!(hash_immutable(&new_bool(true)), Some(1));
        assert_eq!(hash_immutable(&new_complex(1.0, 2.0)), Some(2000007));
    }

    #[test]
    fn pointer_hash_rotates_by_four() {
        assert_eq!(hash_pointer(0x10), 1);
        assert_eq!(hash_pointer(0x7f00_0000_0010), 0x7f0_0000_0001);
        assert_eq!(hash_pointer(0xf), -1152921504606846976);
        assert_eq!(
            hash_immutable(&none()),
            Some(hash_pointer(address(&none())))
        );
    }

    #[test]
    fn unhashable_values_have_no_hash() {
        let list = crate::objects::new_list(vec![]);
        assert_eq!(hash_immutable(&list), None);
        assert_eq!(hash_immutable(&new_tuple(vec![new_int(1), list])), None);
    }

    #[test]
    fn equality_across_kinds() {
        let one = new_int(1);
        assert_eq!(eq_immutable(&one, &new_bool(true)), Some(true));
        assert_eq!(eq_immutable(&one, &new_long(big("1"))), Some(true));
        assert_eq!(eq_immutable(&one, &new_float(1.0)), Some(true));
        assert_eq!(eq_immutable(&one, &new_complex(1.0, 0.0)), Some(true));
        assert_eq!(eq_immutable(&one, &new_complex(1.0, 1.0)), Some(false));
        assert_eq!(
            eq_immutable(&new_float(0.5), &new_complex(0.5, 0.0)),
            Some(true)
        );
        assert_eq!(
            eq_immutable(
                &new_long(big("9007199254740993")),
                &new_float(9007199254740992.0)
            ),
            Some(false)
        );
        assert_eq!(
            eq_immutable(
                &new_long(big("18446744073709551616")),
                &new_float(2f64.powi(64))
            ),
            Some(true)
        );
        let nan = new_float(f64::NAN);
        assert_eq!(eq_immutable(&nan, &nan), Some(false));
        assert_eq!(
            eq_immutable(&new_tuple(vec![nan.clone()]), &new_tuple(vec![nan])),
            Some(true)
        );
        assert_eq!(eq_immutable(&one, &new_str(b"1".to_vec())), Some(false));
        assert_eq!(eq_immutable(&none(), &none()), Some(true));
        assert_eq!(eq_immutable(&none(), &one), Some(false));
    }

    #[test]
    fn equality_of_strings_and_containers() {
        let s = new_str(b"abc".to_vec());
        assert_eq!(eq_immutable(&s, &new_unicode(u("abc"))), Some(true));
        assert_eq!(eq_immutable(&s, &new_unicode(u("abd"))), Some(false));
        assert_eq!(
            eq_immutable(&new_str(b"\xe9".to_vec()), &new_unicode(vec![0xe9])),
            None
        );
        let t1 = new_tuple(vec![new_int(1), new_str(b"x".to_vec())]);
        let t2 = new_tuple(vec![new_float(1.0), new_unicode(u("x"))]);
        assert_eq!(eq_immutable(&t1, &t2), Some(true));
        assert_eq!(eq_immutable(&t1, &new_tuple(vec![new_int(1)])), Some(false));
        let f1 = frozenset(vec![new_int(1), new_int(2)]);
        let f2 = frozenset(vec![new_float(2.0), new_long(big("1"))]);
        assert_eq!(eq_immutable(&f1, &f2), Some(true));
        assert_eq!(eq_immutable(&f1, &frozenset(vec![new_int(1)])), Some(false));
        assert_eq!(eq_immutable(&crate::objects::new_list(vec![]), &f1), None);
    }
}
