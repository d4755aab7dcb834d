//! The special methods of the built-in types as Python code sees them (`list.__getitem__`,
//! `int.__add__`, `object.__repr__`, …): each runs the payload's own behaviour, never the
//! Python-level override, so `list.__getitem__(self, i)` inside a subclass's
//! `__getitem__` reaches the list. Installed into each built-in type's dict.

use crate::def;
use crate::error::PyResult;
use crate::objects::{new_bool, new_int, new_str, none, not_implemented, Args, MethodDef, ObjRef};
use crate::protocols::compare::CompareOp;
use crate::protocols::number::{BinOp, UnaryOp};
use crate::runtime::Vm;

fn this(vm: &Vm, s: Option<&ObjRef>) -> PyResult<ObjRef> {
    s.cloned()
        .ok_or_else(|| vm.type_error("descriptor needs an argument"))
}

macro_rules! wrappers {
    ($($fname:ident => |$vm:ident, $s:ident, $a:ident| $body:expr;)*) => {
        $(
            fn $fname($vm: &mut Vm, s: Option<&ObjRef>, $a: Args) -> PyResult<ObjRef> {
                let $s = this($vm, s)?;
                let _ = &$a;
                $body
            }
        )*
    };
}

wrappers! {
    getitem => |vm, s, a| vm.builtin_getitem(&s, &a.pos[0]);
    setitem => |vm, s, a| match a.pos {
        [k, v] => vm.builtin_setitem(&s, k, v.clone()).map(|_| none()),
        _ => Err(vm.type_error(format!("expected 2 arguments, got {}", a.pos.len()))),
    };
    delitem => |vm, s, a| vm.builtin_delitem(&s, &a.pos[0]).map(|_| none());
    len => |vm, s, a| Ok(new_int(vm.builtin_len(&s)? as i64));
    contains => |vm, s, a| Ok(new_bool(vm.builtin_contains(&s, &a.pos[0])?));
    iter => |vm, s, a| vm.builtin_iter(&s);
    repr => |vm, s, a| Ok(new_str(vm.builtin_repr(&s)?));
    str_ => |vm, s, a| Ok(new_str(vm.builtin_str(&s)?));
    hash => |vm, s, a| Ok(new_int(vm.builtin_hash(&s)?));
    eq => |vm, s, a| compare(vm, &s, &a.pos[0], CompareOp::Eq);
    ne => |vm, s, a| compare(vm, &s, &a.pos[0], CompareOp::Ne);
    lt => |vm, s, a| compare(vm, &s, &a.pos[0], CompareOp::Lt);
    le => |vm, s, a| compare(vm, &s, &a.pos[0], CompareOp::Le);
    gt => |vm, s, a| compare(vm, &s, &a.pos[0], CompareOp::Gt);
    ge => |vm, s, a| compare(vm, &s, &a.pos[0], CompareOp::Ge);
    add => |vm, s, a| binary(vm, &s, &a.pos[0], BinOp::Add);
    sub => |vm, s, a| binary(vm, &s, &a.pos[0], BinOp::Sub);
    mul => |vm, s, a| binary(vm, &s, &a.pos[0], BinOp::Mul);
    div => |vm, s, a| binary(vm, &s, &a.pos[0], BinOp::Div);
    floordiv => |vm, s, a| binary(vm, &s, &a.pos[0], BinOp::FloorDiv);
    truediv => |vm, s, a| binary(vm, &s, &a.pos[0], BinOp::TrueDiv);
    mod_ => |vm, s, a| binary(vm, &s, &a.pos[0], BinOp::Mod);
    rmul => |vm, s, a| binary(vm, &a.pos[0], &s, BinOp::Mul);
    getslice => |vm, s, a| match a.pos {
        [lo, hi] => vm.apply_slice(&s, Some(lo), Some(hi)),
        _ => Err(vm.type_error(format!("expected 2 arguments, got {}", a.pos.len()))),
    };
    neg => |vm, s, a| vm.unary_op(UnaryOp::Negative, &s);
    call => |vm, s, a| vm.call_object(&s, a.pos, a.kw);
    nonzero => |vm, s, a| {
        let truth = match &s.payload {
            crate::objects::Payload::Object => true,
            _ => vm.builtin_len(&s).map(|n| n > 0).or_else(|_| vm.is_true(&s))?,
        };
        Ok(new_bool(truth))
    };
}

fn compare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<ObjRef> {
    if !vm.is_subclass(&vm.type_of(b), &vm.builtin_base(&vm.type_of(a))) {
        return Ok(not_implemented());
    }
    vm.builtin_compare(a, b, op).map(new_bool)
}

fn binary(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: BinOp) -> PyResult<ObjRef> {
    Ok(vm.builtin_binary(op, a, b)?.unwrap_or_else(not_implemented))
}

const GETITEM: MethodDef = def!("__getitem__", O, getitem);
const SETITEM: MethodDef = def!("__setitem__", VarArgs, setitem);
const DELITEM: MethodDef = def!("__delitem__", O, delitem);
const LEN: MethodDef = def!("__len__", NoArgs, len);
const CONTAINS: MethodDef = def!("__contains__", O, contains);
const ITER: MethodDef = def!("__iter__", NoArgs, iter);
const REPR: MethodDef = def!("__repr__", NoArgs, repr);
const STR: MethodDef = def!("__str__", NoArgs, str_);
const HASH: MethodDef = def!("__hash__", NoArgs, hash);
const EQ: MethodDef = def!("__eq__", O, eq);
const NE: MethodDef = def!("__ne__", O, ne);
const LT: MethodDef = def!("__lt__", O, lt);
const LE: MethodDef = def!("__le__", O, le);
const GT: MethodDef = def!("__gt__", O, gt);
const GE: MethodDef = def!("__ge__", O, ge);
const ADD: MethodDef = def!("__add__", O, add);
const SUB: MethodDef = def!("__sub__", O, sub);
const MUL: MethodDef = def!("__mul__", O, mul);
const DIV: MethodDef = def!("__div__", O, div);
const FLOORDIV: MethodDef = def!("__floordiv__", O, floordiv);
const TRUEDIV: MethodDef = def!("__truediv__", O, truediv);
const MOD: MethodDef = def!("__mod__", O, mod_);
const RMUL: MethodDef = def!("__rmul__", O, rmul);
const GETSLICE: MethodDef = def!("__getslice__", VarArgs, getslice);
const NEG: MethodDef = def!("__neg__", NoArgs, neg);
const NONZERO: MethodDef = def!("__nonzero__", NoArgs, nonzero);
const CALL: MethodDef = def!("__call__", Keywords, call);

pub static OBJECT_SLOTS: &[MethodDef] = &[REPR, STR, HASH];
pub static LIST_SLOTS: &[MethodDef] = &[
    GETITEM, SETITEM, DELITEM, LEN, CONTAINS, ITER, REPR, EQ, NE, LT, LE, GT, GE, ADD, MUL,
];
pub static TUPLE_SLOTS: &[MethodDef] = &[
    GETITEM, LEN, CONTAINS, ITER, REPR, HASH, EQ, NE, LT, LE, GT, GE, ADD, MUL,
];
pub static DICT_SLOTS: &[MethodDef] =
    &[GETITEM, SETITEM, DELITEM, LEN, CONTAINS, ITER, REPR, EQ, NE];
pub static STR_SLOTS: &[MethodDef] = &[
    GETITEM, LEN, CONTAINS, REPR, STR, HASH, EQ, NE, LT, LE, GT, GE, ADD, MUL, MOD,
];
pub static NUMBER_SLOTS: &[MethodDef] = &[
    REPR, STR, HASH, EQ, NE, LT, LE, GT, GE, ADD, SUB, MUL, DIV, FLOORDIV, TRUEDIV, MOD, NEG,
    NONZERO,
];
pub static SET_SLOTS: &[MethodDef] = &[LEN, CONTAINS, ITER, REPR, EQ, NE];
/// Every struct sequence type's (Objects/structseq.c).
pub static STRUCTSEQ_SLOTS: &[MethodDef] = &[
    GETITEM, GETSLICE, LEN, CONTAINS, REPR, HASH, EQ, NE, LT, LE, GT, GE, ADD, MUL, RMUL,
];

/// The types with `tp_call` (`type` has its own `__call__`).
pub static CALLABLE_SLOTS: &[MethodDef] = &[CALL];

/// Which table each built-in type gets.
pub fn tables(vm: &Vm) -> Vec<(ObjRef, &'static [MethodDef])> {
    let t = &vm.types;
    vec![
        (t.object.clone(), OBJECT_SLOTS),
        (t.list.clone(), LIST_SLOTS),
        (t.tuple.clone(), TUPLE_SLOTS),
        (t.dict.clone(), DICT_SLOTS),
        (t.str_.clone(), STR_SLOTS),
        (t.unicode.clone(), STR_SLOTS),
        (t.int.clone(), NUMBER_SLOTS),
        (t.long.clone(), NUMBER_SLOTS),
        (t.float.clone(), NUMBER_SLOTS),
        (t.set.clone(), SET_SLOTS),
        (t.frozenset.clone(), SET_SLOTS),
        (t.function.clone(), CALLABLE_SLOTS),
        (t.builtin_function.clone(), CALLABLE_SLOTS),
        (t.instancemethod.clone(), CALLABLE_SLOTS),
    ]
}
