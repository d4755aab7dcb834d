//! The functions of `__builtin__` (Python/bltinmodule.c's `builtin_methods`), each with its
//! CPython calling convention and error messages. The built-in types callable from Python
//! (`int`, `list`, `enumerate`, …) are constructed in `constructors.rs`.

#[path = "args.rs"]
pub mod args;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use self::args::{as_bigint, int_arg, parse, unpack};
use crate::def;
use crate::error::PyResult;
use crate::objects::{
    self, address, new_bool, new_float, new_int, new_list, new_long, new_str, new_str_from,
    new_tuple, none, Args, MethodDef, ObjRef, Payload,
};
use crate::protocols::compare::CompareOp;
use crate::protocols::number::BinOp;
use crate::runtime::Vm;

pub static FUNCTIONS: &[MethodDef] = &[
    def!("abs", O, abs),
    def!("all", O, all),
    def!("any", O, any),
    def!("apply", VarArgs, apply),
    def!("bin", O, bin),
    def!("callable", O, callable),
    def!("chr", VarArgs, chr),
    def!("cmp", VarArgs, cmp),
    def!("coerce", VarArgs, coerce),
    def!("delattr", VarArgs, delattr),
    def!("divmod", VarArgs, divmod),
    def!("filter", VarArgs, filter),
    def!("getattr", VarArgs, getattr),
    def!("hasattr", VarArgs, hasattr),
    def!("hash", O, hash),
    def!("hex", O, hex),
    def!("id", O, id),
    def!("intern", VarArgs, intern),
    def!("isinstance", VarArgs, isinstance),
    def!("issubclass", VarArgs, issubclass),
    def!("iter", VarArgs, iter),
    def!("len", O, len),
    def!("map", VarArgs, map),
    def!("max", Keywords, max),
    def!("min", Keywords, min),
    def!("next", VarArgs, next),
    def!("oct", O, oct),
    def!("ord", O, ord),
    def!("pow", VarArgs, pow),
    def!("range", VarArgs, range),
    def!("raw_input", VarArgs, raw_input),
    def!("reduce", VarArgs, reduce),
    def!("repr", O, repr),
    def!("round", Keywords, round),
    def!("setattr", VarArgs, setattr),
    def!("sorted", Keywords, sorted),
    def!("sum", VarArgs, sum),
    def!("unichr", VarArgs, unichr),
    def!("zip", VarArgs, zip),
];

/// An int result that becomes a `long` only when it does not fit, as CPython's int ops do.
pub(crate) fn int_or_long(v: BigInt) -> ObjRef {
    match v.to_i64() {
        Some(i) => new_int(i),
        None => new_long(v),
    }
}

fn abs(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    vm.unary_op(crate::protocols::number::UnaryOp::Absolute, &a.pos[0])
}

/// The rank of a built-in number in 2.7's coercion: int (and bool), long, float, complex.
fn coercion_rank(x: &ObjRef) -> Option<u8> {
    match x.payload {
        Payload::Int(_) | Payload::Bool(_) => Some(0),
        Payload::Long(_) => Some(1),
        Payload::Float(_) => Some(2),
        Payload::Complex(_) => Some(3),
        _ => None,
    }
}

/// `x` converted up to `rank` (`int_coerce`, `long_coerce`, `float_coerce`, `complex_coerce`).
fn coerce_to(vm: &Vm, x: &ObjRef, rank: u8) -> PyResult<ObjRef> {
    if coercion_rank(x) == Some(rank) {
        return Ok(x.clone());
    }
    Ok(match rank {
        1 => new_long(args::as_bigint(x).unwrap_or_default()),
        2 => new_float(to_f64(vm, x)?),
        3 => {
            let real = match x.payload {
                Payload::Float(f) => f,
                _ => to_f64(vm, x)?,
            };
            crate::objects::complex::new_complex(real, 0.0)
        }
        _ => x.clone(),
    })
}

/// `coerce(x, y)`: both numbers as their common type (`PyNumber_CoerceEx`).
fn coerce(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = unpack(vm, &a, "coerce", 2, 2)?;
    let (x, y) = (&a[0], &a[1]);
    let (Some(rx), Some(ry)) = (coercion_rank(x), coercion_rank(y)) else {
        return Err(vm.type_error("number coercion failed"));
    };
    let rank = rx.max(ry);
    Ok(new_tuple(vec![
        coerce_to(vm, x, rank)?,
        coerce_to(vm, y, rank)?,
    ]))
}

/// `all` and `any`: stop at the first item whose truth is `stop_on`.
fn truth_scan(vm: &mut Vm, seq: &ObjRef, stop_on: bool) -> PyResult<ObjRef> {
    let it = vm.get_iter(seq)?;
    while let Some(item) = vm.iter_next(&it)? {
        if vm.is_true(&item)? == stop_on {
            return Ok(new_bool(stop_on));
        }
    }
    Ok(new_bool(!stop_on))
}

fn all(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    truth_scan(vm, &a.pos[0], false)
}

fn any(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    truth_scan(vm, &a.pos[0], true)
}

/// `apply(func[, args[, kwargs]])`: `args` must pass `PySequence_Check` (it becomes a tuple),
/// `kwargs` must be a dict; then `PyObject_Call`.
fn apply(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = args::unpack(vm, &a, "apply", 1, 3)?;
    let positional = match a.get(1) {
        None => Vec::new(),
        Some(seq) => {
            let is_sequence = matches!(
                seq.payload,
                Payload::Tuple(_)
                    | Payload::List(_)
                    | Payload::Str(_)
                    | Payload::Unicode(_)
                    | Payload::Xrange(_)
            );
            if !is_sequence {
                return Err(vm.type_error(format!(
                    "apply() arg 2 expected sequence, found {}",
                    vm.type_name(seq)
                )));
            }
            vm.collect_sized_iterable(seq)?
        }
    };
    let keywords: Vec<(ObjRef, ObjRef)> = match a.get(2) {
        None => Vec::new(),
        Some(kw) if kw.as_dict().is_some() => Vm::kwdict_items(kw),
        Some(kw) => {
            return Err(vm.type_error(format!(
                "apply() arg 3 expected dictionary, found {}",
                vm.type_name(kw)
            )))
        }
    };
    vm.call_object(&a[0], &positional, &keywords)
}

/// `PyNumber_ToBase`: an integer in base 2 with its `0b` prefix and no `L`.
fn bin(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let x = &a.pos[0];
    let v = as_bigint(x).ok_or_else(|| {
        vm.type_error(format!(
            "'{}' object cannot be interpreted as an index",
            vm.type_name(x)
        ))
    })?;
    let sign = if v.is_negative() { "-" } else { "" };
    Ok(new_str_from(&format!(
        "{sign}0b{}",
        v.abs().to_str_radix(2)
    )))
}

fn callable(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    Ok(new_bool(vm.is_callable(&a.pos[0])))
}

/// `intern(s)`: the canonical object equal to an exact `str`.
fn intern(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = parse(vm, &a, "intern", 1, 1)?;
    let s = &a[0];
    if s.as_str_bytes().is_none() {
        let got = if s.is_none() {
            "None".to_string()
        } else {
            vm.type_name(s)
        };
        return Err(vm.type_error(format!("intern() argument 1 must be string, not {got}")));
    }
    if s.heap.is_some() {
        return Err(vm.type_error("can't intern subclass of string"));
    }
    Ok(crate::objects::str::intern(s.clone()))
}

fn chr(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = parse(vm, &a, "chr", 1, 1)?;
    let x = int_arg(vm, &a[0])?;
    match u8::try_from(x) {
        Ok(c) => Ok(new_str(vec![c])),
        Err(_) => Err(vm.value_error("chr() arg not in range(256)")),
    }
}

fn unichr(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = parse(vm, &a, "unichr", 1, 1)?;
    let x = int_arg(vm, &a[0])?;
    if !(0..=0x10ffff).contains(&x) {
        return Err(vm.value_error("unichr() arg not in range(0x110000) (wide Python build)"));
    }
    Ok(objects::unicode::new_unicode(vec![x as u32]))
}

fn cmp(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = unpack(vm, &a, "cmp", 2, 2)?;
    Ok(new_int(vm.cmp(&a[0], &a[1])? as i64))
}

/// `PyNumber_Divmod`: floats through `float_divmod`, integers as `(a // b, a % b)`.
fn divmod(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = unpack(vm, &a, "divmod", 2, 2)?;
    let (x, y) = (&a[0], &a[1]);
    let is_num = |o: &ObjRef| {
        matches!(
            o.payload,
            Payload::Int(_) | Payload::Bool(_) | Payload::Long(_) | Payload::Float(_)
        )
    };
    if !is_num(x) || !is_num(y) {
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(x),
            vm.type_name(y)
        )));
    }
    if matches!(x.payload, Payload::Float(_)) || matches!(y.payload, Payload::Float(_)) {
        let (fx, fy) = (to_f64(vm, x)?, to_f64(vm, y)?);
        if fy == 0.0 {
            return Err(vm.zero_division("float divmod()"));
        }
        let (q, r) = crate::protocols::number::float_divmod(fx, fy);
        return Ok(new_tuple(vec![new_float(q), new_float(r)]));
    }
    let q = vm.binary_op(BinOp::FloorDiv, x, y)?;
    let r = vm.binary_op(BinOp::Mod, x, y)?;
    Ok(new_tuple(vec![q, r]))
}

/// `PyFloat_AsDouble` for numbers (the argument `d` code): "a float is required" otherwise.
pub(crate) fn to_f64(vm: &Vm, x: &ObjRef) -> PyResult<f64> {
    match &x.payload {
        Payload::Float(f) => Ok(*f),
        Payload::Int(i) => Ok(*i as f64),
        Payload::Bool(b) => Ok(*b as i64 as f64),
        Payload::Long(l) => objects::long::to_f64(l)
            .ok_or_else(|| vm.overflow_error("long int too large to convert to float")),
        _ => Err(vm.type_error("a float is required")),
    }
}

/// `filter(f, seq)`: a str or tuple gives the same type back, anything else a list.
fn filter(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = unpack(vm, &a, "filter", 2, 2)?;
    let (func, seq) = (&a[0], &a[1]);
    // A str or tuple is walked by index (`filterstring`, `filtertuple`); anything else
    // through its iterator, asking for a length hint first, calling `func` item by item.
    let mut pending: Box<dyn Iterator<Item = ObjRef> + '_> = match &seq.payload {
        Payload::Str(s) => Box::new(
            s.as_bytes()
                .iter()
                .map(|&c| new_str(vec![c]))
                .collect::<Vec<_>>()
                .into_iter(),
        ),
        Payload::Tuple(items) => Box::new(items.iter().cloned()),
        _ => Box::new(std::iter::empty()),
    };
    let it = match &seq.payload {
        Payload::Str(_) | Payload::Tuple(_) => None,
        _ => {
            let it = vm.get_iter(seq)?;
            vm.length_hint(seq)?;
            Some(it)
        }
    };
    let mut kept = Vec::new();
    loop {
        let item = match &it {
            Some(it) => vm.iter_next(it)?,
            None => pending.next(),
        };
        let Some(item) = item else {
            break;
        };
        let ok = if func.is_none() {
            vm.is_true(&item)?
        } else {
            let r = vm.call_object(func, std::slice::from_ref(&item), &[])?;
            vm.is_true(&r)?
        };
        if ok {
            kept.push(item);
        }
    }
    Ok(match &seq.payload {
        Payload::Str(_) => new_str(
            kept.iter()
                .flat_map(|c| c.as_str_bytes().unwrap_or_default().to_vec())
                .collect(),
        ),
        Payload::Tuple(_) => new_tuple(kept),
        _ => new_list(kept),
    })
}

/// Whether `_PyObject_LengthHint` finds a length without Python code: a sized built-in, or a
/// built-in iterator (they have `__length_hint__`).
fn has_builtin_length(obj: &ObjRef) -> bool {
    obj.heap.is_none()
        && matches!(
            obj.payload,
            Payload::Str(_)
                | Payload::Unicode(_)
                | Payload::Tuple(_)
                | Payload::List(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::FrozenSet(_)
                | Payload::Xrange(_)
                | Payload::Iter(_)
        )
}

/// The attribute name of getattr/hasattr: a str (CPython also accepts unicode, encoded).
fn attr_name(vm: &Vm, name: &ObjRef, func: &str) -> PyResult<ObjRef> {
    match &name.payload {
        Payload::Str(_) => Ok(name.clone()),
        Payload::Unicode(u) => Ok(new_str(vm.encode_default(u.chars())?)),
        _ => Err(vm.type_error(format!("{func}(): attribute name must be string"))),
    }
}

fn getattr(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = unpack(vm, &a, "getattr", 2, 3)?;
    let name = attr_name(vm, &a[1], "getattr")?;
    match vm.getattr(&a[0], &name) {
        Err(e) if a.len() == 3 && vm.exception_matches(&e, &vm.types.exc.attribute_error) => {
            Ok(a[2].clone())
        }
        r => r,
    }
}

/// 2.7's `hasattr` swallows any `Exception`, not only AttributeError.
fn hasattr(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = unpack(vm, &a, "hasattr", 2, 2)?;
    let name = attr_name(vm, &a[1], "hasattr")?;
    match vm.getattr(&a[0], &name) {
        Ok(_) => Ok(new_bool(true)),
        Err(e) if vm.exception_matches(&e, &vm.types.exc.exception) => Ok(new_bool(false)),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = unpack(vm, &a, "setattr", 3, 3)?;
    if !matches!(a[1].payload, Payload::Str(_) | Payload::Unicode(_)) {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&a[1])
        )));
    }
    let name = attr_name(vm, &a[1], "setattr")?;
    vm.setattr(&a[0], &name, Some(a[2].clone()))?;
    Ok(none())
}

fn delattr(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = unpack(vm, &a, "delattr", 2, 2)?;
    let name = attr_name(vm, &a[1], "delattr")?;
    vm.setattr(&a[0], &name, None)?;
    Ok(none())
}

fn hash(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    Ok(new_int(vm.hash(&a.pos[0])?))
}

/// `hex()`/`oct()`: the int's `nb_hex`/`nb_oct`; a long keeps its `L`.
fn int_to_base(vm: &Vm, x: &ObjRef, radix: u32, func: &str) -> PyResult<ObjRef> {
    let Some(v) = as_bigint(x) else {
        return Err(vm.type_error(format!("{func}() argument can't be converted to {func}")));
    };
    let sign = if v.is_negative() { "-" } else { "" };
    let digits = v.abs().to_str_radix(radix);
    let prefix = match (radix, digits.as_str()) {
        (16, _) => "0x",
        (_, "0") => "",
        _ => "0",
    };
    let suffix = if matches!(x.payload, Payload::Long(_)) {
        "L"
    } else {
        ""
    };
    Ok(new_str_from(&format!("{sign}{prefix}{digits}{suffix}")))
}

fn hex(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    int_to_base(vm, &a.pos[0], 16, "hex")
}

fn oct(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    int_to_base(vm, &a.pos[0], 8, "oct")
}

fn id(_: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    Ok(int_or_long(BigInt::from(address(&a.pos[0]))))
}

/// `recursive_isinstance`/`recursive_issubclass` over a class or a tuple of classes.
fn class_check(
    vm: &mut Vm,
    cls: &ObjRef,
    test: &dyn Fn(&Vm, &ObjRef) -> bool,
    msg: &str,
) -> PyResult<bool> {
    match &cls.payload {
        Payload::Type(_) | Payload::Class(_) => Ok(test(vm, cls)),
        Payload::Tuple(items) => {
            for c in items.iter() {
                if class_check(vm, c, test, msg)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(vm.type_error(msg)),
    }
}

fn isinstance(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = unpack(vm, &a, "isinstance", 2, 2)?;
    let obj = a[0].clone();
    let msg = "isinstance() arg 2 must be a class, type, or tuple of classes and types";
    Ok(new_bool(class_check(
        vm,
        &a[1],
        &|vm, c| vm.isinstance(&obj, c),
        msg,
    )?))
}

fn issubclass(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = unpack(vm, &a, "issubclass", 2, 2)?;
    if !matches!(a[0].payload, Payload::Type(_) | Payload::Class(_)) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    let sub = a[0].clone();
    let msg = "issubclass() arg 2 must be a class or tuple of classes";
    Ok(new_bool(class_check(
        vm,
        &a[1],
        &|vm, c| vm.is_subclass(&sub, c),
        msg,
    )?))
}

/// `iter(o)`, or `iter(callable, sentinel)` as a `callable-iterator`.
fn iter(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = unpack(vm, &a, "iter", 1, 2)?;
    if a.len() == 1 {
        return vm.get_iter(&a[0]);
    }
    let f = callable(vm, None, Args::positional(&a[..1]))?;
    if !matches!(f.payload, Payload::Bool(true)) {
        return Err(vm.type_error("iter(v, w): v must be callable"));
    }
    Ok(super::constructors::new_iter(
        objects::iter::IterState::Callable {
            func: Some(a[0].clone()),
            sentinel: a[1].clone(),
        },
    ))
}

fn len(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    Ok(new_int(vm.len(&a.pos[0])? as i64))
}

/// `map(f, *seqs)`: shorter sequences are padded with None; `f` None builds tuples.
fn map(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    if a.pos.len() < 2 {
        return Err(vm.type_error("map() requires at least two args"));
    }
    let func = &a.pos[0];
    let mut iters = Vec::new();
    for (i, seq) in a.pos[1..].iter().enumerate() {
        let it = vm.get_iter(seq).map_err(|e| {
            if vm.exception_matches(&e, &vm.types.exc.type_error) {
                vm.type_error(format!(
                    "argument {} to map() must support iteration",
                    i + 2
                ))
            } else {
                e
            }
        })?;
        vm.length_hint(seq)?;
        iters.push(Some(it));
    }
    let mut out = Vec::new();
    loop {
        let mut row = Vec::with_capacity(iters.len());
        let mut live = 0;
        for slot in iters.iter_mut() {
            let item = match slot {
                Some(it) => match vm.iter_next(it)? {
                    Some(v) => {
                        live += 1;
                        v
                    }
                    None => {
                        *slot = None;
                        none()
                    }
                },
                None => none(),
            };
            row.push(item);
        }
        if live == 0 {
            return Ok(new_list(out));
        }
        out.push(match (func.is_none(), row.len()) {
            (true, 1) => row.pop().unwrap_or_else(none),
            (true, _) => new_tuple(row),
            (false, _) => vm.call_object(func, &row, &[])?,
        });
    }
}

/// `min_max`: one iterable or several arguments, an optional `key`; the first extreme wins.
fn min_max(vm: &mut Vm, a: Args, name: &str, op: CompareOp) -> PyResult<ObjRef> {
    let mut key = None;
    for (k, v) in a.kw {
        if k.as_str_bytes() == Some(b"key") && a.kw.len() == 1 {
            key = Some(v.clone());
        } else {
            return Err(vm.type_error(format!("{name}() got an unexpected keyword argument")));
        }
    }
    let items = match a.pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected 1 arguments, got 0"))),
        1 => {
            let it = vm.get_iter(&a.pos[0])?;
            let mut v = Vec::new();
            while let Some(x) = vm.iter_next(&it)? {
                v.push(x);
            }
            v
        }
        _ => a.pos.to_vec(),
    };
    let mut best: Option<(ObjRef, ObjRef)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call_object(f, std::slice::from_ref(&item), &[])?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => vm.rich_compare_bool(&k, bk, op)?,
        };
        if better {
            best = Some((k, item));
        }
    }
    best.map(|(_, v)| v)
        .ok_or_else(|| vm.value_error(format!("{name}() arg is an empty sequence")))
}

fn max(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    min_max(vm, a, "max", CompareOp::Gt)
}

fn min(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    min_max(vm, a, "min", CompareOp::Lt)
}

fn next(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = unpack(vm, &a, "next", 1, 2)?;
    if !vm.is_iterator(&a[0])? {
        return Err(vm.type_error(format!("{} object is not an iterator", vm.type_name(&a[0]))));
    }
    match vm.iter_next_raw(&a[0]) {
        Ok(Some(v)) => Ok(v),
        Ok(None) if a.len() == 2 => Ok(a[1].clone()),
        Ok(None) => Err(vm.stop_iteration()),
        Err(e) if a.len() == 2 && vm.exception_matches(&e, &vm.types.exc.stop_iteration) => {
            Ok(a[1].clone())
        }
        Err(e) => Err(e),
    }
}

fn ord(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let x = &a.pos[0];
    let (code, size) = match &x.payload {
        Payload::Str(s) => (s.as_bytes().first().map(|&c| c as i64), s.as_bytes().len()),
        Payload::Unicode(u) => (u.chars().first().map(|&c| c as i64), u.chars().len()),
        _ => {
            return Err(vm.type_error(format!(
                "ord() expected string of length 1, but {} found",
                vm.type_name(x)
            )))
        }
    };
    match code {
        Some(c) if size == 1 => Ok(new_int(c)),
        _ => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {size} found"
        ))),
    }
}

/// `pow(x, y[, z])`; the three-argument form is integer-only modular exponentiation.
fn pow(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = unpack(vm, &a, "pow", 2, 3)?;
    if a.len() == 2 || a[2].is_none() {
        return vm.binary_op(BinOp::Pow, &a[0], &a[1]);
    }
    let (Some(x), Some(y), Some(z)) = (as_bigint(&a[0]), as_bigint(&a[1]), as_bigint(&a[2])) else {
        let any_float = a.iter().any(|o| matches!(o.payload, Payload::Float(_)));
        let all_num = a
            .iter()
            .all(|o| as_bigint(o).is_some() || matches!(o.payload, Payload::Float(_)));
        if any_float && all_num {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        }
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for pow(): '{}', '{}', '{}'",
            vm.type_name(&a[0]),
            vm.type_name(&a[1]),
            vm.type_name(&a[2])
        )));
    };
    if y.is_negative() {
        return Err(
            vm.type_error("pow() 2nd argument cannot be negative when 3rd argument specified")
        );
    }
    if z.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let mut r = x.modpow(&y, &z.abs());
    // modpow's result has the sign of the base; Python's follows the modulus.
    if r.is_negative() {
        r += z.abs();
    }
    if z.is_negative() && !r.is_zero() {
        r += &z;
    }
    let any_long = a.iter().any(|o| matches!(o.payload, Payload::Long(_)));
    Ok(if any_long {
        new_long(r)
    } else {
        int_or_long(r)
    })
}

/// `range()`: a list, with `xrange`'s length rule and CPython's argument messages.
fn range(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = unpack(vm, &a, "range", 1, 3)?;
    let mut nums = Vec::with_capacity(a.len());
    for (i, v) in a.iter().enumerate() {
        let what = match (a.len(), i) {
            (1, _) | (_, 1) => "end",
            (_, 0) => "start",
            _ => "step",
        };
        match as_bigint(v) {
            Some(n) => nums.push(n),
            None => {
                return Err(vm.type_error(format!(
                    "range() integer {what} argument expected, got {}.",
                    vm.type_name(v)
                )))
            }
        }
    }
    let (lo, hi, step) = match nums.as_slice() {
        [hi] => (BigInt::zero(), hi.clone(), BigInt::from(1)),
        [lo, hi] => (lo.clone(), hi.clone(), BigInt::from(1)),
        [lo, hi, step] => (lo.clone(), hi.clone(), step.clone()),
        _ => unreachable!(),
    };
    if step.is_zero() {
        return Err(vm.value_error("range() step argument must not be zero"));
    }
    let n = if step.is_positive() && lo < hi {
        (&hi - &lo - 1) / &step + 1
    } else if step.is_negative() && lo > hi {
        (&lo - &hi - 1) / (-&step) + 1
    } else {
        BigInt::zero()
    };
    let n = n
        .to_i64()
        .filter(|&n| n >= 0)
        .ok_or_else(|| vm.overflow_error("range() result has too many items"))?;
    vm.check_alloc(n as u128 * 8)?;
    let mut out = Vec::with_capacity(n as usize);
    let mut v = lo;
    for _ in 0..n {
        out.push(int_or_long(v.clone()));
        v += &step;
    }
    Ok(new_list(out))
}

/// `raw_input([prompt])`: the prompt is written to stdout, the line read without its newline.
fn raw_input(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = unpack(vm, &a, "[raw_]input", 0, 1)?;
    let stdout = vm.getattr(&vm.sys.clone(), &new_str_from("stdout"))?;
    // `PyFile_SoftSpace(fout, 0)`: a pending `print x,` separator is written first.
    if let Payload::File(f) = &stdout.payload {
        if f.softspace.replace(false) {
            vm.file_write(&stdout, b" ")?;
        }
    }
    if let Some(prompt) = a.first() {
        let text = vm.to_str(prompt)?;
        vm.file_write(&stdout, &text)?;
    }
    match vm.read_line() {
        None => Err(vm.err(&vm.types.exc.eof_error, "EOF when reading a line")),
        Some(mut line) => {
            if line.last() == Some(&b'\n') {
                line.pop();
            }
            Ok(new_str(line))
        }
    }
}

/// `builtin_reduce`: the first call imports `functools` (whose body runs, traced under a
/// traced caller) and keeps its `reduce`; every call goes through it.
fn reduce(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let functools_reduce = match vm.import.functools_reduce.clone() {
        Some(f) => f,
        None => {
            let functools = vm.import_module("functools")?;
            let f = vm.getattr(&functools, &objects::new_str_from("reduce"))?;
            vm.import.functools_reduce = Some(f.clone());
            f
        }
    };
    vm.call_object(&functools_reduce, a.pos, &[])
}

fn repr(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    Ok(new_str(vm.repr(&a.pos[0])?))
}

/// Matches keyword arguments to the named parameters after the positional ones, with
/// `PyArg_ParseTupleAndKeywords`' messages; every parameter is optional here (the caller
/// reports a missing one).
pub(crate) fn bind_keywords(
    vm: &Vm,
    a: &Args,
    func: &str,
    names: &[&str],
) -> PyResult<Vec<Option<ObjRef>>> {
    args::parse_keywords(vm, a, func, names, 0)
}

/// `round(x[, n])`: half away from zero on the exact binary value; always a float.
fn round(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let b = bind_keywords(vm, &a, "round", &["number", "ndigits"])?;
    let Some(number) = &b[0] else {
        return Err(vm.type_error("Required argument 'number' (pos 1) not found"));
    };
    let x = to_f64(vm, number)?;
    let ndigits = match &b[1] {
        Some(n) => vm.index_value(n)?,
        None => 0,
    };
    if !x.is_finite() || x == 0.0 || ndigits > 323 {
        return Ok(new_float(x));
    }
    if ndigits < -308 {
        return Ok(new_float(0.0 * x));
    }
    Ok(new_float(round_half_away(x, ndigits)))
}

/// Rounds the exact decimal expansion of `x` to `ndigits` places, ties away from zero, and
/// reads the result back correctly rounded (as `_Py_double_round` does with dtoa/strtod).
fn round_half_away(x: f64, ndigits: i64) -> f64 {
    let exact = format!("{:.1100}", x.abs());
    let (int_part, frac) = exact.split_once('.').unwrap_or((&exact, ""));
    let mut digits: Vec<u8> = int_part.bytes().chain(frac.bytes()).collect();
    let point = int_part.len() as i64;
    let keep = point + ndigits;
    if keep >= digits.len() as i64 {
        return x;
    }
    let up = keep >= 0 && digits[keep as usize] >= b'5';
    digits.truncate(keep.max(0) as usize);
    if up {
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, b'1');
                break;
            }
            i -= 1;
            if digits[i] == b'9' {
                digits[i] = b'0';
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    let mantissa = if digits.is_empty() {
        "0".to_string()
    } else {
        String::from_utf8_lossy(&digits).into_owned()
    };
    let exp = point - keep;
    let text = format!("{mantissa}e{}", exp.clamp(-400, 400));
    let v: f64 = text.parse().unwrap_or(0.0);
    if x < 0.0 {
        -v
    } else {
        v
    }
}

/// `sorted(iterable, cmp=None, key=None, reverse=False)`: a new list, sorted as `list.sort`.
fn sorted(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let b = bind_keywords(vm, &a, "sorted", &["iterable", "cmp", "key", "reverse"])?;
    let Some(seq) = &b[0] else {
        return Err(vm.type_error("sorted() takes at least 1 argument (0 given)"));
    };
    let list = new_list(vm.collect_sized_iterable(seq)?);
    let reverse = match &b[3] {
        Some(r) => int_arg(vm, r)? != 0,
        None => false,
    };
    super::list_methods::sort_list(vm, &list, b[1].clone(), b[2].clone(), reverse)?;
    Ok(list)
}

/// `sum(seq[, start])`: left to right with `+`; strings are refused.
fn sum(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = unpack(vm, &a, "sum", 1, 2)?;
    let mut acc = match a.get(1) {
        Some(s) if matches!(s.payload, Payload::Str(_) | Payload::Unicode(_)) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Some(s) => s.clone(),
        None => new_int(0),
    };
    let it = vm.get_iter(&a[0])?;
    while let Some(item) = vm.iter_next(&it)? {
        acc = vm.binary_op(BinOp::Add, &acc, &item)?;
    }
    Ok(acc)
}

/// `zip(*seqs)`: tuples until the shortest sequence ends.
fn zip(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    // The result's size is guessed first, from each argument's length until one has none.
    for seq in a.pos {
        if vm.length_hint(seq)?.is_none() && !has_builtin_length(seq) {
            break;
        }
    }
    let mut iters = Vec::with_capacity(a.pos.len());
    for (i, seq) in a.pos.iter().enumerate() {
        let it = vm.get_iter(seq).map_err(|e| {
            if vm.exception_matches(&e, &vm.types.exc.type_error) {
                vm.type_error(format!("zip argument #{} must support iteration", i + 1))
            } else {
                e
            }
        })?;
        iters.push(it);
    }
    let mut out = Vec::new();
    if iters.is_empty() {
        return Ok(new_list(out));
    }
    loop {
        let mut row = Vec::with_capacity(iters.len());
        for it in &iters {
            match vm.iter_next(it)? {
                Some(v) => row.push(v),
                None => return Ok(new_list(out)),
            }
        }
        out.push(new_tuple(row));
    }
}
