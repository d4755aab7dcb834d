//! The behaviour of the dict views (`viewkeys()`, `viewvalues()`, `viewitems()`): repr as
//! `dict_keys([...])`, `len`, membership, iteration in the dict's order, and for keys and
//! items views the set operators (a new set, updated by the matching set method) and the
//! subset comparisons of `dictview_richcompare`.

use crate::error::PyResult;
use crate::objects::dictview::PyDictView;
use crate::objects::iter::DictIterKind;
use crate::objects::{new_list, new_str_from, ObjRef, Payload, PyObject};
use crate::protocols::compare::CompareOp;
use crate::protocols::number::BinOp;
use crate::runtime::Vm;

use super::set_methods::{self, is_anyset};

pub fn new_view(dict: &ObjRef, kind: DictIterKind) -> ObjRef {
    PyObject::new(Payload::DictView(PyDictView {
        kind,
        dict: dict.clone(),
    }))
}

fn set_like(obj: &ObjRef) -> bool {
    matches!(&obj.payload, Payload::DictView(v) if v.is_set_like())
}

pub fn len(view: &PyDictView) -> usize {
    view.dict.as_dict().map(|d| d.borrow().len()).unwrap_or(0)
}

pub fn iter(vm: &mut Vm, view: &PyDictView) -> ObjRef {
    vm.dict_iter(&view.dict, len(view), view.kind)
}

/// `dictview_repr`: the type name around the repr of the view's items as a list.
pub fn repr(vm: &mut Vm, obj: &ObjRef, view: &PyDictView) -> PyResult<Vec<u8>> {
    let items = vm.collect_iterable(obj)?;
    let mut out = format!("{}(", view.type_name()).into_bytes();
    out.extend(vm.repr(&new_list(items))?);
    out.push(b')');
    Ok(out)
}

/// `item in view`: a key lookup, a key lookup plus value comparison for a 2-tuple, or a scan
/// of the values.
pub fn contains(vm: &mut Vm, view: &PyDictView, item: &ObjRef) -> PyResult<bool> {
    match view.kind {
        DictIterKind::Keys => Ok(vm.dict_get(&view.dict, item)?.is_some()),
        DictIterKind::Items => {
            let Some([key, value]) = item
                .as_tuple()
                .and_then(|t| <&[ObjRef; 2]>::try_from(t).ok())
            else {
                return Ok(false);
            };
            match vm.dict_get(&view.dict, key)? {
                Some(found) => vm.rich_compare_bool(&found, value, CompareOp::Eq),
                None => Ok(false),
            }
        }
        DictIterKind::Values => {
            let values: Vec<ObjRef> = view
                .dict
                .as_dict()
                .map(|d| d.borrow().entries().map(|(_, v)| v.clone()).collect())
                .unwrap_or_default();
            for v in values {
                if vm.rich_compare_bool(&v, item, CompareOp::Eq)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// `dictviews_sub`, `_and`, `_or`, `_xor`: `set(a)` updated with `b` by the set method of the
/// operator, when either operand is a keys or items view.
pub fn binary_op(vm: &mut Vm, op: BinOp, a: &ObjRef, b: &ObjRef) -> PyResult<Option<ObjRef>> {
    if !set_like(a) && !set_like(b) {
        return Ok(None);
    }
    let method = match op {
        BinOp::Sub => "difference_update",
        BinOp::And => "intersection_update",
        BinOp::Or => "update",
        BinOp::Xor => "symmetric_difference_update",
        _ => return Ok(None),
    };
    let result = set_methods::make_new_set(vm, false, Some(a))?;
    let bound = vm.getattr(&result, &new_str_from(method))?;
    vm.call_object(&bound, std::slice::from_ref(b), &[])?;
    Ok(Some(result))
}

/// `all_contained_in`: every item of `a` is in `b`.
fn all_contained_in(vm: &mut Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    let it = vm.get_iter(a)?;
    while let Some(item) = vm.iter_next(&it)? {
        if !vm.contains(b, &item)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `dictview_richcompare` between a keys or items view and a set or another such view;
/// `None` when it does not apply (NotImplemented).
pub fn richcompare(vm: &mut Vm, a: &ObjRef, b: &ObjRef, op: CompareOp) -> PyResult<Option<bool>> {
    let applies = |x: &ObjRef, y: &ObjRef| set_like(x) && (is_anyset(y) || set_like(y));
    // The reflected comparison when only the right operand is a view.
    let (v, w, op) = if applies(a, b) {
        (a, b, op)
    } else if applies(b, a) {
        (b, a, op.swapped())
    } else {
        return Ok(None);
    };
    let (lv, lw) = (vm.len(v)?, vm.len(w)?);
    Ok(Some(match op {
        CompareOp::Eq => lv == lw && all_contained_in(vm, v, w)?,
        CompareOp::Ne => !(lv == lw && all_contained_in(vm, v, w)?),
        CompareOp::Lt => lv < lw && all_contained_in(vm, v, w)?,
        CompareOp::Le => lv <= lw && all_contained_in(vm, v, w)?,
        CompareOp::Gt => lv > lw && all_contained_in(vm, w, v)?,
        CompareOp::Ge => lv >= lw && all_contained_in(vm, w, v)?,
    }))
}
