//! `operator` (Modules/operator.c): the operators as functions, each under its plain and its
//! dunder name, with the argument messages of CPython's `spam*` macros (which name the C
//! function, `op_add`), and the `itemgetter` and `attrgetter` types.

use super::{ModuleDef, Origin};
use crate::builtins::functions::args::unpack;
use crate::def;
use crate::error::PyResult;
use crate::objects::native::{new_native, new_native_type, NativeData};
use crate::objects::{self, new_bool, new_str_from, new_tuple, Args, MethodDef, ObjRef};
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

/// The table: single-named functions, then each operator under its plain and dunder name,
/// in `operator_methods[]` order.
macro_rules! table {
    (single: [$($s:literal, $sc:ident, $sf:ident;)*]
     pairs: [$($name:literal, $dunder:literal, $conv:ident, $f:ident;)*]) => {
        &[$(def!($s, $sc, $sf),)* $(def!($name, $conv, $f), def!($dunder, $conv, $f),)*]
    };
}

static FUNCTIONS: &[MethodDef] = table! {
    single: [
        "truth", O, truth;
        "is_", VarArgs, is_;
        "is_not", VarArgs, is_not;
    ]
    pairs: [
        "contains", "__contains__", VarArgs, contains;
        "add", "__add__", VarArgs, add;
        "sub", "__sub__", VarArgs, sub;
        "mul", "__mul__", VarArgs, mul;
        "div", "__div__", VarArgs, div;
        "floordiv", "__floordiv__", VarArgs, floordiv;
        "truediv", "__truediv__", VarArgs, truediv;
        "mod", "__mod__", VarArgs, modulo;
        "neg", "__neg__", O, neg;
        "pos", "__pos__", O, pos;
        "abs", "__abs__", O, abs;
        "inv", "__inv__", O, invert;
        "invert", "__invert__", O, invert;
        "lshift", "__lshift__", VarArgs, lshift;
        "rshift", "__rshift__", VarArgs, rshift;
        "not_", "__not__", O, not_;
        "and_", "__and__", VarArgs, and_;
        "xor", "__xor__", VarArgs, xor;
        "or_", "__or__", VarArgs, or_;
        "iadd", "__iadd__", VarArgs, iadd;
        "isub", "__isub__", VarArgs, isub;
        "imul", "__imul__", VarArgs, imul;
        "idiv", "__idiv__", VarArgs, idiv;
        "ifloordiv", "__ifloordiv__", VarArgs, ifloordiv;
        "itruediv", "__itruediv__", VarArgs, itruediv;
        "imod", "__imod__", VarArgs, imod;
        "ilshift", "__ilshift__", VarArgs, ilshift;
        "irshift", "__irshift__", VarArgs, irshift;
        "iand", "__iand__", VarArgs, iand;
        "ixor", "__ixor__", VarArgs, ixor;
        "ior", "__ior__", VarArgs, ior;
        "concat", "__concat__", VarArgs, concat;
        "getitem", "__getitem__", VarArgs, getitem;
        "setitem", "__setitem__", VarArgs, setitem;
        "delitem", "__delitem__", VarArgs, delitem;
        "pow", "__pow__", VarArgs, pow;
        "lt", "__lt__", VarArgs, lt;
        "le", "__le__", VarArgs, le;
        "eq", "__eq__", VarArgs, eq;
        "ne", "__ne__", VarArgs, ne;
        "gt", "__gt__", VarArgs, gt;
        "ge", "__ge__", VarArgs, ge;
    ]
};

fn init(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    let object = vm.types.object.clone();
    let itemgetter = new_native_type(vm, "operator.itemgetter", &object, &[], &ITEMGETTER_NEW)?;
    vm.dict_set(dict, new_str_from("itemgetter"), itemgetter)?;
    let attrgetter = new_native_type(vm, "operator.attrgetter", &object, &[], &ATTRGETTER_NEW)?;
    vm.dict_set(dict, new_str_from("attrgetter"), attrgetter)
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
            if !kw.is_empty() {
                return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
            }
            let [obj] = args else {
                return Err(
                    vm.type_error(format!("{name} expected 1 arguments, got {}", args.len()))
                );
            };
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
