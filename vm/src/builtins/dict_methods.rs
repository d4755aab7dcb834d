//! The methods of `dict` (Objects/dictobject.c's `mapp_methods`). Every change goes through
//! the VM's dict operations or the table's own helpers, so the slot layout — and with it the
//! iteration order — stays CPython's.

use super::functions::args::unpack;
use crate::def;
use crate::error::PyResult;
use crate::objects::iter::DictIterKind;
use crate::objects::{
    self, new_bool, new_list, new_str_from, new_tuple, none, Args, MethodDef, ObjRef, Payload,
};
use crate::runtime::Vm;

pub static DICT_METHODS: &[MethodDef] = &[
    def!("has_key", O, has_key),
    def!("get", VarArgs, get),
    def!("setdefault", VarArgs, setdefault),
    def!("pop", VarArgs, pop),
    def!("popitem", NoArgs, popitem),
    def!("keys", NoArgs, keys),
    def!("items", NoArgs, items),
    def!("values", NoArgs, values),
    def!("update", Keywords, update),
    def!("clear", NoArgs, clear),
    def!("copy", NoArgs, copy),
    def!("iterkeys", NoArgs, iterkeys),
    def!("itervalues", NoArgs, itervalues),
    def!("iteritems", NoArgs, iteritems),
    def!("viewkeys", NoArgs, viewkeys),
    def!("viewvalues", NoArgs, viewvalues),
    def!("viewitems", NoArgs, viewitems),
];

/// `dict.fromkeys` binds the type it is looked up on.
pub static DICT_CLASS_METHODS: &[MethodDef] = &[def!("fromkeys", VarArgs, fromkeys)];

fn this<'a>(vm: &Vm, slf: Option<&'a ObjRef>) -> PyResult<&'a ObjRef> {
    match slf {
        Some(d) if matches!(d.payload, Payload::Dict(_)) => Ok(d),
        _ => Err(vm.type_error("descriptor requires a 'dict' object")),
    }
}

/// Key/value pairs in table order, copied out so no borrow outlives the call.
fn entries(d: &ObjRef) -> Vec<(ObjRef, ObjRef)> {
    d.as_dict()
        .map(|t| {
            t.borrow()
                .entries()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        })
        .unwrap_or_default()
}

fn has_key(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let d = this(vm, slf)?;
    Ok(new_bool(vm.dict_get(d, &a.pos[0])?.is_some()))
}

fn get(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let d = this(vm, slf)?;
    let a = unpack(vm, &a, "get", 1, 2)?;
    Ok(vm
        .dict_get(d, &a[0])?
        .unwrap_or_else(|| a.get(1).cloned().unwrap_or_else(none)))
}

fn setdefault(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let d = this(vm, slf)?;
    let a = unpack(vm, &a, "setdefault", 1, 2)?;
    if let Some(v) = vm.dict_get(d, &a[0])? {
        return Ok(v);
    }
    let v = a.get(1).cloned().unwrap_or_else(none);
    vm.dict_set(d, a[0].clone(), v.clone())?;
    Ok(v)
}

fn pop(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let d = this(vm, slf)?;
    let a = unpack(vm, &a, "pop", 1, 2)?;
    // An empty dict answers before the key is hashed.
    let found = if d.as_dict().is_none_or(|t| t.borrow().is_empty()) {
        None
    } else {
        vm.dict_take(d, &a[0])?
    };
    match found {
        Some(v) => Ok(v),
        None => a.get(1).cloned().ok_or_else(|| vm.key_error(&a[0])),
    }
}

fn popitem(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let d = this(vm, slf)?;
    let Some(cell) = d.as_dict() else {
        return Err(vm.type_error("dict expected"));
    };
    let mut table = cell.borrow_mut();
    let Some(idx) = table.popitem_index() else {
        drop(table);
        return Err(vm.err(&vm.types.exc.key_error, "popitem(): dictionary is empty"));
    };
    let (k, v) = table.pop_at(idx);
    drop(table);
    Ok(new_tuple(vec![k, v]))
}

fn keys(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    Ok(new_list(
        entries(this(vm, slf)?)
            .into_iter()
            .map(|(k, _)| k)
            .collect(),
    ))
}

fn values(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    Ok(new_list(
        entries(this(vm, slf)?)
            .into_iter()
            .map(|(_, v)| v)
            .collect(),
    ))
}

fn items(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    Ok(new_list(
        entries(this(vm, slf)?)
            .into_iter()
            .map(|(k, v)| new_tuple(vec![k, v]))
            .collect(),
    ))
}

fn iter_kind(vm: &mut Vm, slf: Option<&ObjRef>, kind: DictIterKind) -> PyResult<ObjRef> {
    let d = this(vm, slf)?;
    let used = d.as_dict().map(|t| t.borrow().len()).unwrap_or(0);
    Ok(vm.dict_iter(d, used, kind))
}

fn iterkeys(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    iter_kind(vm, slf, DictIterKind::Keys)
}

fn itervalues(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    iter_kind(vm, slf, DictIterKind::Values)
}

fn iteritems(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    iter_kind(vm, slf, DictIterKind::Items)
}

fn viewkeys(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    Ok(super::dict_views::new_view(
        this(vm, slf)?,
        DictIterKind::Keys,
    ))
}

fn viewvalues(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    Ok(super::dict_views::new_view(
        this(vm, slf)?,
        DictIterKind::Values,
    ))
}

fn viewitems(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    Ok(super::dict_views::new_view(
        this(vm, slf)?,
        DictIterKind::Items,
    ))
}

fn clear(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let d = this(vm, slf)?;
    let old = d.as_dict().map(|t| t.borrow_mut().clear());
    drop(old);
    Ok(none())
}

/// `PyDict_Copy`: a new dict merged from this one (so it is sized as CPython sizes it).
fn copy(vm: &mut Vm, slf: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    let d = this(vm, slf)?.clone();
    let new = objects::new_dict(Default::default());
    merge(vm, &new, &d)?;
    Ok(new)
}

/// `dict.fromkeys(seq[, value])`, a class method: `self` is the type.
fn fromkeys(vm: &mut Vm, _: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let a = unpack(vm, &a, "fromkeys", 1, 2)?;
    let value = a.get(1).cloned().unwrap_or_else(none);
    let d = objects::new_dict(Default::default());
    let it = vm.get_iter(&a[0])?;
    while let Some(k) = vm.iter_next(&it)? {
        vm.dict_set(&d, k, value.clone())?;
    }
    Ok(d)
}

/// `dict.update([other], **kw)`.
fn update(vm: &mut Vm, slf: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let d = this(vm, slf)?.clone();
    update_common(vm, &d, a, "update")?;
    Ok(none())
}

/// `dict_update_common`: a mapping (anything with `keys`) or a sequence of pairs, then the
/// keyword arguments. Shared with `dict(...)`.
pub(crate) fn update_common(vm: &mut Vm, d: &ObjRef, a: Args, name: &str) -> PyResult<()> {
    let pos = unpack(vm, &Args::positional(a.pos), name, 0, 1)?;
    if let Some(other) = pos.first() {
        if matches!(other.payload, Payload::Dict(_)) {
            merge(vm, d, other)?;
        } else if has_keys(vm, other)? {
            merge_mapping(vm, d, other)?;
        } else {
            merge_pairs(vm, d, other)?;
        }
    }
    if !a.kw.is_empty() {
        if let Some(t) = d.as_dict() {
            t.borrow_mut().reserve_for_merge(a.kw.len());
        }
        for (k, v) in a.kw {
            vm.dict_set(d, k.clone(), v.clone())?;
        }
    }
    Ok(())
}

fn has_keys(vm: &mut Vm, obj: &ObjRef) -> PyResult<bool> {
    match vm.getattr(obj, &new_str_from("keys")) {
        Ok(_) => Ok(true),
        Err(e) if vm.exception_matches(&e, &vm.types.exc.attribute_error) => Ok(false),
        Err(e) => Err(e),
    }
}

/// `PyDict_Merge` from a dict: pre-size, then insert in the source's table order.
pub(crate) fn merge(vm: &mut Vm, d: &ObjRef, other: &ObjRef) -> PyResult<()> {
    let pairs: Vec<(i64, ObjRef, ObjRef)> = other
        .as_dict()
        .map(|t| {
            t.borrow()
                .entries_with_hash()
                .map(|(h, k, v)| (h, k.clone(), v.clone()))
                .collect()
        })
        .unwrap_or_default();
    if pairs.is_empty() {
        return Ok(());
    }
    if let Some(t) = d.as_dict() {
        t.borrow_mut().reserve_for_merge(pairs.len());
    }
    for (h, k, v) in pairs {
        vm.dict_insert(d, k, h, v)?;
    }
    Ok(())
}

/// `PyDict_Merge` from another mapping: `keys()`, then `other[key]` for each.
pub(crate) fn merge_mapping(vm: &mut Vm, d: &ObjRef, other: &ObjRef) -> PyResult<()> {
    let keys_fn = vm.getattr(other, &new_str_from("keys"))?;
    let keys = vm.call_object(&keys_fn, &[], &[])?;
    let it = vm.get_iter(&keys)?;
    while let Some(k) = vm.iter_next(&it)? {
        let v = vm.getitem(other, &k)?;
        vm.dict_set(d, k, v)?;
    }
    Ok(())
}

/// `PyDict_MergeFromSeq2`: every element must be a 2-item iterable.
fn merge_pairs(vm: &mut Vm, d: &ObjRef, seq: &ObjRef) -> PyResult<()> {
    let it = vm.get_iter(seq)?;
    let mut i = 0;
    while let Some(item) = vm.iter_next(&it)? {
        let pair = vm.collect_iterable(&item).map_err(|e| {
            if vm.exception_matches(&e, &vm.types.exc.type_error) {
                vm.type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                ))
            } else {
                e
            }
        })?;
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut pair = pair.into_iter();
        if let (Some(k), Some(v)) = (pair.next(), pair.next()) {
            vm.dict_set(d, k, v)?;
        }
        i += 1;
    }
    Ok(())
}
