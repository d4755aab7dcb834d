//! `operator` (Modules/operator.c): the operators as functions, each under its plain and its
//! dunder name, with the argument messages of CPython's `spam*` macros (which name the C
//! function, `op_add`), and the `itemgetter` and `attrgetter` types.

use super::{ModuleDef, Origin};
use crate::builtins::functions::args::{int_arg, parse, ssize_arg, unpack};
use crate::def;
use crate::error::PyResult;
use crate::objects::native::{new_native, new_native_type, NativeData};
use crate::objects::{self, new_bool, new_str_from, new_tuple, Args, MethodDef, ObjRef, Payload};
use crate::protocols::compare::CompareOp;
use crate::protocols::number::{BinOp, UnaryOp};
use crate::runtime::Vm;

pub static MODULE: ModuleDef = ModuleDef {
    name: "operator",
    origin: Origin::Extension,
    functions: FUNCTIONS,
    init: Some(init),
};

/// Binary operators (`spam2`): two arguments, unpacked under the C function's name.
macro_rules! binary {
    ($($f:ident, $cname:literal, $op:expr, $inplace:expr;)*) => {$(
        fn $f(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
            let args = unpack(vm, &a, $cname, 2, 2)?;
            if $inplace {
                vm.inplace_op($op, &args[0], &args[1])
            } else {
                vm.binary_op($op, &args[0], &args[1])
            }
        }
    )*};
}

binary! {
    add, "op_add", BinOp::Add, false;
    sub, "op_sub", BinOp::Sub, false;
    mul, "op_mul", BinOp::Mul, false;
    div, "op_div", BinOp::Div, false;
    floordiv, "op_floordiv", BinOp::FloorDiv, false;
    truediv, "op_truediv", BinOp::TrueDiv, false;
    modulo, "op_mod", BinOp::Mod, false;
    lshift, "op_lshift", BinOp::Lshift, false;
    rshift, "op_rshift", BinOp::Rshift, false;
    and_, "op_and_", BinOp::And, false;
    xor, "op_xor", BinOp::Xor, false;
    or_, "op_or_", BinOp::Or, false;
    pow, "op_pow", BinOp::Pow, false;
    iadd, "op_iadd", BinOp::Add, true;
    isub, "op_isub", BinOp::Sub, true;
    imul, "op_imul", BinOp::Mul, true;
    idiv, "op_idiv", BinOp::Div, true;
    ifloordiv, "op_ifloordiv", BinOp::FloorDiv, true;
    itruediv, "op_itruediv", BinOp::TrueDiv, true;
    imod, "op_imod", BinOp::Mod, true;
    ilshift, "op_ilshift", BinOp::Lshift, true;
    irshift, "op_irshift", BinOp::Rshift, true;
    iand, "op_iand", BinOp::And, true;
    ixor, "op_ixor", BinOp::Xor, true;
    ior, "op_ior", BinOp::Or, true;
    ipow, "ipow", BinOp::Pow, true;
    iconcat, "op_iconcat", BinOp::Add, true;
}

/// Rich comparisons (`spamrc`).
macro_rules! compare {
    ($($f:ident, $cname:literal, $op:expr;)*) => {$(
        fn $f(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
            let args = unpack(vm, &a, $cname, 2, 2)?;
            vm.rich_compare(&args[0], &args[1], $op)
        }
    )*};
}

compare! {
    lt, "op_lt", CompareOp::Lt;
    le, "op_le", CompareOp::Le;
    eq, "op_eq", CompareOp::Eq;
    ne, "op_ne", CompareOp::Ne;
    gt, "op_gt", CompareOp::Gt;
    ge, "op_ge", CompareOp::Ge;
}

/// Unary number operators (`spam1`, METH_O).
macro_rules! unary {
    ($($f:ident, $op:expr;)*) => {$(
        fn $f(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
            vm.unary_op($op, &a.pos[0])
        }
    )*};
}

unary! {
    neg, UnaryOp::Negative;
    pos, UnaryOp::Positive;
    invert, UnaryOp::Invert;
    abs, UnaryOp::Absolute;
}

fn truth(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    Ok(new_bool(vm.is_true(&a.pos[0])?))
}

fn not_(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    Ok(new_bool(!vm.is_true(&a.pos[0])?))
}

fn is_(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = unpack(vm, &a, "is_", 2, 2)?;
    Ok(new_bool(objects::is(&args[0], &args[1])))
}

fn is_not(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = unpack(vm, &a, "is_not", 2, 2)?;
    Ok(new_bool(!objects::is(&args[0], &args[1])))
}

fn contains(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = unpack(vm, &a, "op_contains", 2, 2)?;
    Ok(new_bool(vm.contains(&args[0], &args[1])?))
}

fn getitem(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = unpack(vm, &a, "op_getitem", 2, 2)?;
    vm.getitem(&args[0], &args[1])
}

fn setitem(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = unpack(vm, &a, "op_setitem", 3, 3)?;
    vm.setitem(&args[0], &args[1], args[2].clone())?;
    Ok(objects::none())
}

fn delitem(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = unpack(vm, &a, "op_delitem", 2, 2)?;
    vm.delitem(&args[0], &args[1])?;
    Ok(objects::none())
}

fn concat(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = unpack(vm, &a, "op_concat", 2, 2)?;
    vm.binary_op(BinOp::Add, &args[0], &args[1])
}

/// `PyNumber_Check`: the type has `nb_int` or `nb_float` (every old-style instance does).
fn is_number_type(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let o = &a.pos[0];
    let builtin = matches!(
        o.payload,
        Payload::Bool(_)
            | Payload::Int(_)
            | Payload::Long(_)
            | Payload::Float(_)
            | Payload::Complex(_)
            | Payload::Instance(_)
    );
    Ok(new_bool(
        builtin
            || vm.heap_lookup(o, "__int__")?.is_some()
            || vm.heap_lookup(o, "__float__")?.is_some(),
    ))
}

/// `PyObject_HasAttrString`: any exception counts as "no".
fn has_attribute(vm: &mut Vm, o: &ObjRef, name: &str) -> PyResult<bool> {
    match vm.getattr(o, &new_str_from(name)) {
        Ok(_) => Ok(true),
        Err(crate::error::PyErr::Exception(_)) => Ok(false),
        Err(fault) => Err(fault),
    }
}

/// Does the object's type have `sq_item` (a built-in sequence, or a class with
/// `__getitem__`)? An old-style instance answers by its attributes.
fn has_sq_item(vm: &mut Vm, o: &ObjRef) -> PyResult<bool> {
    if let Payload::Instance(_) = o.payload {
        return has_attribute(vm, o, "__getitem__");
    }
    Ok(matches!(
        o.payload,
        Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Str(_)
            | Payload::Unicode(_)
            | Payload::Xrange(_)
    ) || vm.heap_lookup(o, "__getitem__")?.is_some())
}

/// `PySequence_Check`: `sq_item`, but never a dict.
fn is_sequence_type(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let o = &a.pos[0];
    Ok(new_bool(o.as_dict().is_none() && has_sq_item(vm, o)?))
}

/// `PyMapping_Check`: `mp_subscript` without `sq_slice` (so a dict, or a class with
/// `__getitem__` but no slicing of its own or of a built-in sequence base).
fn is_mapping_type(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let o = &a.pos[0];
    if let Payload::Instance(_) = o.payload {
        return Ok(new_bool(has_attribute(vm, o, "__getitem__")?));
    }
    let sliceable = matches!(
        o.payload,
        Payload::List(_) | Payload::Tuple(_) | Payload::Str(_) | Payload::Unicode(_)
    ) || vm.heap_lookup(o, "__getslice__")?.is_some();
    let subscript = o.as_dict().is_some() || vm.heap_lookup(o, "__getitem__")?.is_some();
    Ok(new_bool(subscript && !sliceable))
}

fn is_callable(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    Ok(new_bool(vm.is_callable(&a.pos[0])))
}

fn sequence_includes(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = unpack(vm, &a, "sequenceIncludes", 2, 2)?;
    Ok(new_bool(vm.contains(&args[0], &args[1])?))
}

/// `_PySequence_IterSearch`: walks `seq` comparing `value == item`, calling `found` on each
/// position that matches until it says to stop.
fn iter_search(
    vm: &mut Vm,
    seq: &ObjRef,
    value: &ObjRef,
    mut found: impl FnMut(usize) -> bool,
) -> PyResult<bool> {
    let it = vm.get_iter(seq).map_err(|e| match e {
        crate::error::PyErr::Exception(_) => vm.type_error(
            "argument of type '".to_string() + &vm.type_name(seq) + "' is not iterable",
        ),
        fault => fault,
    })?;
    let mut i = 0;
    while let Some(item) = vm.iter_next(&it)? {
        if vm.rich_compare_bool(value, &item, CompareOp::Eq)? && found(i) {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

/// `PySequence_Index`.
fn index_of(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = unpack(vm, &a, "indexOf", 2, 2)?;
    let mut at = 0;
    if iter_search(vm, &args[0], &args[1], |i| {
        at = i;
        true
    })? {
        return Ok(objects::new_int(at as i64));
    }
    Err(vm.value_error("sequence.index(x): x not in sequence"))
}

/// `PySequence_Count`.
fn count_of(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let args = unpack(vm, &a, "countOf", 2, 2)?;
    let mut n = 0;
    iter_search(vm, &args[0], &args[1], |_| {
        n += 1;
        false
    })?;
    Ok(objects::new_int(n))
}

/// `PyNumber_Index`: an int or long as it is, else the class's `__index__`.
fn index(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let o = &a.pos[0];
    if matches!(
        o.payload,
        Payload::Int(_) | Payload::Long(_) | Payload::Bool(_)
    ) {
        return Ok(o.clone());
    }
    let accept = |p: &Payload| matches!(p, Payload::Int(_) | Payload::Long(_));
    match vm.user_conversion(o, "__index__", accept, "int or long")? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an index",
            vm.type_name(o)
        ))),
    }
}

/// `PySequence_Repeat` / `PySequence_InPlaceRepeat` with the `Oi` arguments.
fn repeat_op(vm: &mut Vm, a: Args, name: &str, inplace: bool) -> PyResult<ObjRef> {
    let args = parse(vm, &a, name, 2, 2)?;
    let count = objects::new_int(int_arg(vm, &args[1])?);
    let seq = &args[0];
    if !has_sq_item(vm, seq)? || seq.as_dict().is_some() {
        return Err(vm.type_error(format!("'{}' object can't be repeated", vm.type_name(seq))));
    }
    if inplace {
        vm.inplace_op(BinOp::Mul, seq, &count)
    } else {
        vm.binary_op(BinOp::Mul, seq, &count)
    }
}

fn repeat(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    repeat_op(vm, a, "op_repeat", false)
}

fn irepeat(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    repeat_op(vm, a, "op_irepeat", true)
}

/// The `On n` arguments of the slice functions: the object and its two bounds.
fn slice_args<'a>(
    vm: &Vm,
    a: &Args<'a>,
    name: &str,
    n: usize,
) -> PyResult<(&'a [ObjRef], ObjRef, ObjRef)> {
    let args = parse(vm, a, name, n, n)?;
    let low = objects::new_int(ssize_arg(vm, &args[1])?);
    let high = objects::new_int(ssize_arg(vm, &args[2])?);
    Ok((args, low, high))
}

fn getslice(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (args, low, high) = slice_args(vm, &a, "getslice", 3)?;
    vm.apply_slice(&args[0], Some(&low), Some(&high))
}

fn setslice(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (args, low, high) = slice_args(vm, &a, "setslice", 4)?;
    vm.assign_slice(&args[0], Some(&low), Some(&high), Some(args[3].clone()))?;
    Ok(objects::none())
}

fn delslice(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (args, low, high) = slice_args(vm, &a, "delslice", 3)?;
    vm.assign_slice(&args[0], Some(&low), Some(&high), None)?;
    Ok(objects::none())
}

/// `operator_methods[]` in its order: each operator under its plain and its dunder name.
macro_rules! table {
    ($($name:literal $(| $dunder:literal)?, $conv:ident, $f:ident;)*) => {
        &[$(def!($name, $conv, $f), $(def!($dunder, $conv, $f),)?)*]
    };
}

static FUNCTIONS: &[MethodDef] = table! {
    "isCallable", O, is_callable;
    "isNumberType", O, is_number_type;
    "isSequenceType", O, is_sequence_type;
    "truth", O, truth;
    "contains" | "__contains__", VarArgs, contains;
    "sequenceIncludes", VarArgs, sequence_includes;
    "indexOf", VarArgs, index_of;
    "countOf", VarArgs, count_of;
    "isMappingType", O, is_mapping_type;
    "is_", VarArgs, is_;
    "is_not", VarArgs, is_not;
    "index" | "__index__", O, index;
    "add" | "__add__", VarArgs, add;
    "sub" | "__sub__", VarArgs, sub;
    "mul" | "__mul__", VarArgs, mul;
    "div" | "__div__", VarArgs, div;
    "floordiv" | "__floordiv__", VarArgs, floordiv;
    "truediv" | "__truediv__", VarArgs, truediv;
    "mod" | "__mod__", VarArgs, modulo;
    "neg" | "__neg__", O, neg;
    "pos" | "__pos__", O, pos;
    "abs" | "__abs__", O, abs;
    "inv" | "__inv__", O, invert;
    "invert" | "__invert__", O, invert;
    "lshift" | "__lshift__", VarArgs, lshift;
    "rshift" | "__rshift__", VarArgs, rshift;
    "not_" | "__not__", O, not_;
    "and_" | "__and__", VarArgs, and_;
    "xor" | "__xor__", VarArgs, xor;
    "or_" | "__or__", VarArgs, or_;
    "iadd" | "__iadd__", VarArgs, iadd;
    "isub" | "__isub__", VarArgs, isub;
    "imul" | "__imul__", VarArgs, imul;
    "idiv" | "__idiv__", VarArgs, idiv;
    "ifloordiv" | "__ifloordiv__", VarArgs, ifloordiv;
    "itruediv" | "__itruediv__", VarArgs, itruediv;
    "imod" | "__imod__", VarArgs, imod;
    "ilshift" | "__ilshift__", VarArgs, ilshift;
    "irshift" | "__irshift__", VarArgs, irshift;
    "iand" | "__iand__", VarArgs, iand;
    "ixor" | "__ixor__", VarArgs, ixor;
    "ior" | "__ior__", VarArgs, ior;
    "concat" | "__concat__", VarArgs, concat;
    "repeat" | "__repeat__", VarArgs, repeat;
    "iconcat" | "__iconcat__", VarArgs, iconcat;
    "irepeat" | "__irepeat__", VarArgs, irepeat;
    "getitem" | "__getitem__", VarArgs, getitem;
    "setitem" | "__setitem__", VarArgs, setitem;
    "delitem" | "__delitem__", VarArgs, delitem;
    "pow" | "__pow__", VarArgs, pow;
    "ipow" | "__ipow__", VarArgs, ipow;
    "getslice" | "__getslice__", VarArgs, getslice;
    "setslice" | "__setslice__", VarArgs, setslice;
    "delslice" | "__delslice__", VarArgs, delslice;
    "lt" | "__lt__", VarArgs, lt;
    "le" | "__le__", VarArgs, le;
    "eq" | "__eq__", VarArgs, eq;
    "ne" | "__ne__", VarArgs, ne;
    "gt" | "__gt__", VarArgs, gt;
    "ge" | "__ge__", VarArgs, ge;
};

fn init(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    let object = vm.types.object.clone();
    let itemgetter = new_native_type(vm, "operator.itemgetter", &object, &[], &ITEMGETTER_NEW)?;
    vm.dict_set(dict, new_str_from("itemgetter"), itemgetter)?;
    let attrgetter = new_native_type(vm, "operator.attrgetter", &object, &[], &ATTRGETTER_NEW)?;
    vm.dict_set(dict, new_str_from("attrgetter"), attrgetter)?;
    let methodcaller =
        new_native_type(vm, "operator.methodcaller", &object, &[], &METHODCALLER_NEW)?;
    vm.dict_set(dict, new_str_from("methodcaller"), methodcaller)
}

/// `methodcaller(name, *args, **kwargs)`: calls `obj.name(*args, **kwargs)`.
struct MethodCaller {
    name: ObjRef,
    args: Vec<ObjRef>,
    /// The keyword arguments as CPython keeps them, a dict (its order is the call's).
    kwargs: ObjRef,
}

static METHODCALLER_NEW: MethodDef = def!("__new__", Keywords, methodcaller_new);

fn methodcaller_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let Some((name, args)) = a.pos.split_first() else {
        return Err(vm.type_error("methodcaller needs at least one argument, the method name"));
    };
    let kwargs = objects::new_dict(Default::default());
    for (k, v) in a.kw {
        vm.dict_set(&kwargs, k.clone(), v.clone())?;
    }
    let Some(ty) = ty else {
        return Err(vm.system_error("__new__ without its type"));
    };
    Ok(new_native(
        ty,
        MethodCaller {
            name: name.clone(),
            args: args.to_vec(),
            kwargs,
        },
    ))
}

impl NativeData for MethodCaller {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn call_slot(&self) -> bool {
        true
    }

    fn call(
        &self,
        vm: &mut Vm,
        _me: &ObjRef,
        args: &[ObjRef],
        kw: &[(ObjRef, ObjRef)],
    ) -> Option<PyResult<ObjRef>> {
        let result = (|| {
            let obj = single_operand(vm, "methodcaller", args, kw)?;
            let method = vm.getattr(obj, &self.name)?;
            let kwargs: Vec<(ObjRef, ObjRef)> = self
                .kwargs
                .as_dict()
                .map(|d| {
                    d.borrow()
                        .entries()
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .collect()
                })
                .unwrap_or_default();
            vm.call_object(&method, &self.args, &kwargs)
        })();
        Some(result)
    }
}

/// The one object a getter or method caller is called with (`_PyArg_NoKeywords`, then
/// `PyArg_UnpackTuple(args, name, 1, 1)`).
fn single_operand<'a>(
    vm: &Vm,
    name: &str,
    args: &'a [ObjRef],
    kw: &[(ObjRef, ObjRef)],
) -> PyResult<&'a ObjRef> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{name} does not take keyword arguments")));
    }
    match args {
        [obj] => Ok(obj),
        _ => Err(vm.type_error(format!("{name} expected 1 arguments, got {}", args.len()))),
    }
}

/// `itemgetter(*items)` and `attrgetter(*attrs)`: one key gives one value, several a tuple.
struct Getter {
    keys: Vec<ObjRef>,
    by_attribute: bool,
}

static ITEMGETTER_NEW: MethodDef = def!("__new__", Keywords, itemgetter_new);
static ATTRGETTER_NEW: MethodDef = def!("__new__", Keywords, attrgetter_new);

fn getter_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args, by_attribute: bool) -> PyResult<ObjRef> {
    let name = if by_attribute {
        "attrgetter"
    } else {
        "itemgetter"
    };
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() does not take keyword arguments")));
    }
    if a.pos.is_empty() {
        return Err(vm.type_error(format!("{name} expected 1 arguments, got 0")));
    }
    if by_attribute {
        for key in a.pos {
            if key.as_str_bytes().is_none() {
                return Err(vm.type_error("attribute name must be a string"));
            }
        }
    }
    let Some(ty) = ty else {
        return Err(vm.system_error("__new__ without its type"));
    };
    Ok(new_native(
        ty,
        Getter {
            keys: a.pos.to_vec(),
            by_attribute,
        },
    ))
}

fn itemgetter_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    getter_new(vm, ty, a, false)
}

fn attrgetter_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    getter_new(vm, ty, a, true)
}

impl Getter {
    fn get(&self, vm: &mut Vm, obj: &ObjRef, key: &ObjRef) -> PyResult<ObjRef> {
        if !self.by_attribute {
            return vm.getitem(obj, key);
        }
        let path = key.as_str_bytes().unwrap_or_default().to_vec();
        let mut value = obj.clone();
        for part in path.split(|&c| c == b'.') {
            value = vm.getattr(&value, &objects::new_str(part.to_vec()))?;
        }
        Ok(value)
    }
}

impl NativeData for Getter {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn call_slot(&self) -> bool {
        true
    }

    fn call(
        &self,
        vm: &mut Vm,
        _me: &ObjRef,
        args: &[ObjRef],
        kw: &[(ObjRef, ObjRef)],
    ) -> Option<PyResult<ObjRef>> {
        let name = if self.by_attribute {
            "attrgetter"
        } else {
            "itemgetter"
        };
        let result = (|| {
            let obj = single_operand(vm, name, args, kw)?;
            if let [key] = &self.keys[..] {
                return self.get(vm, obj, key);
            }
            let mut values = Vec::with_capacity(self.keys.len());
            for key in &self.keys {
                values.push(self.get(vm, obj, key)?);
            }
            Ok(new_tuple(values))
        })();
        Some(result)
    }
}
