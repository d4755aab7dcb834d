//! Struct sequences (Objects/structseq.c): the named, read-only records such as `sys.flags`,
//! `sys.version_info` and `sys.float_info`. In 2.7 they are not tuples: each is a type of its
//! own whose first `n_sequence_fields` items behave as a tuple (length, indexing, slicing,
//! iteration, comparison, hashing, `+` and `*`) while every named field, visible or not, is
//! a read-only member. The repr is `structseq_repr`'s `NAME(field=repr, ...)`.

use super::slot_member::PySlotMember;
use super::{new_int, new_str_from, new_tuple, none, Args, MethodDef, ObjRef, Payload, PyObject};
use crate::error::PyResult;
use crate::runtime::Vm;

/// `PyStructSequence_UnnamedField`: a visible item reachable by index only.
pub const UNNAMED: &str = "unnamed field";

/// `PyStructSequence_Desc`: the type's `tp_name` and docstring, its fields in order (`UNNAMED` for an
/// index-only one), how many of them form the sequence, and whether Python code may create
/// instances (`sys.flags` and `sys.version_info` have their `tp_new` removed).
pub struct StructSeqDesc {
    pub name: &'static str,
    /// The type's `__doc__`.
    pub doc: &'static str,
    pub fields: &'static [&'static str],
    pub n_in_sequence: usize,
    pub creatable: bool,
}

impl StructSeqDesc {
    /// The named fields in order (`tp_members`), with the item index each one reads.
    fn members(&self) -> impl Iterator<Item = (usize, &'static str)> + '_ {
        self.fields
            .iter()
            .enumerate()
            .filter(|(_, name)| **name != UNNAMED)
            .map(|(i, name)| (i, *name))
    }

    fn n_unnamed(&self) -> usize {
        self.fields.iter().filter(|f| **f == UNNAMED).count()
    }
}

/// An instance: its type, the type's description and every field's value (visible first).
pub struct PyStructSeq {
    pub class: ObjRef,
    pub desc: &'static StructSeqDesc,
    pub items: Box<[ObjRef]>,
}

impl PyStructSeq {
    /// The items that form the sequence (`Py_SIZE`).
    pub fn visible(&self) -> &[ObjRef] {
        &self.items[..self.desc.n_in_sequence.min(self.items.len())]
    }

    /// `make_tuple`: the visible items as a new tuple, which the tuple-like operations use.
    pub fn to_tuple(&self) -> ObjRef {
        new_tuple(self.visible().to_vec())
    }

    /// A named field's value (`T_OBJECT` member, READONLY).
    pub fn field(&self, name: &[u8]) -> Option<ObjRef> {
        self.desc
            .members()
            .find(|(_, n)| n.as_bytes() == name)
            .map(|(i, _)| self.items.get(i).cloned().unwrap_or_else(none))
    }
}

/// The struct sequence types a VM has made, so that calling one finds its description.
#[derive(Default)]
pub struct StructSeqTypes {
    made: Vec<(ObjRef, &'static StructSeqDesc)>,
}

impl StructSeqTypes {
    /// The type made for `desc`, if there is one.
    pub fn type_for(&self, desc: &'static StructSeqDesc) -> Option<ObjRef> {
        self.made
            .iter()
            .find(|(_, d)| std::ptr::eq(*d, desc))
            .map(|(t, _)| t.clone())
    }

    /// The description of a struct sequence type.
    pub fn desc_of(&self, ty: &ObjRef) -> Option<&'static StructSeqDesc> {
        self.made
            .iter()
            .find(|(t, _)| super::is(t, ty))
            .map(|(_, d)| *d)
    }
}

static STRUCTSEQ_METHODS: &[MethodDef] = &[crate::def!("__reduce__", NoArgs, structseq_reduce)];

/// `__new__` in the type's dict (`tp_new_wrapper`): `T.__new__(T, sequence[, dict])`.
static STRUCTSEQ_NEW: MethodDef = crate::def!("__new__", Keywords, structseq_new);

/// `PyStructSequence_InitType`: the type (once per VM), with a read-only member per named
/// field and the three size constants in its dict.
pub fn init_type(vm: &mut Vm, desc: &'static StructSeqDesc) -> PyResult<ObjRef> {
    if let Some(ty) = vm.struct_seq_types.type_for(desc) {
        return Ok(ty);
    }
    let object = vm.types.object.clone();
    let ty = crate::runtime::types::new_type(desc.name, Some(&object));
    crate::builtins::add_methods(vm, &ty, crate::builtins::slot_wrappers::STRUCTSEQ_SLOTS)?;
    crate::builtins::add_methods(vm, &ty, STRUCTSEQ_METHODS)?;
    let dict = match ty.as_type() {
        Some(t) => t.dict.clone(),
        None => return Err(vm.system_error("bad struct sequence type")),
    };
    let new = PyObject::new(Payload::Builtin(super::BuiltinFunction {
        def: &STRUCTSEQ_NEW,
        self_obj: Some(ty.clone()),
    }));
    vm.dict_set(&dict, new_str_from("__new__"), new)?;
    vm.dict_set(&dict, new_str_from("__doc__"), new_str_from(desc.doc))?;
    for (index, name) in desc.members() {
        let member = PyObject::new(Payload::SlotMember(PySlotMember {
            name: new_str_from(name),
            owner: ty.clone(),
            field: Some(index),
        }));
        vm.dict_set(&dict, new_str_from(name), member)?;
    }
    let sizes = [
        ("n_sequence_fields", desc.n_in_sequence),
        ("n_fields", desc.fields.len()),
        ("n_unnamed_fields", desc.n_unnamed()),
    ];
    for (key, n) in sizes {
        vm.dict_set(&dict, new_str_from(key), new_int(n as i64))?;
    }
    vm.struct_seq_types.made.push((ty.clone(), desc));
    Ok(ty)
}

/// `PyStructSequence_New` with its items set: an instance of `desc`'s type.
pub fn new(vm: &mut Vm, desc: &'static StructSeqDesc, items: Vec<ObjRef>) -> PyResult<ObjRef> {
    let class = init_type(vm, desc)?;
    Ok(instance(class, desc, items))
}

fn instance(class: ObjRef, desc: &'static StructSeqDesc, mut items: Vec<ObjRef>) -> ObjRef {
    items.resize_with(desc.fields.len(), none);
    PyObject::new(Payload::StructSeq(PyStructSeq {
        class,
        desc,
        items: items.into_boxed_slice(),
    }))
}

/// `structseq_new(sequence[, dict])`: the visible fields from the sequence, the others from
/// the dict (None when missing); refused for a type whose `tp_new` was removed.
pub fn construct(
    vm: &mut Vm,
    ty: &ObjRef,
    desc: &'static StructSeqDesc,
    args: Args,
) -> PyResult<ObjRef> {
    if !desc.creatable {
        return Err(vm.type_error(format!("cannot create '{}' instances", desc.name)));
    }
    let bound =
        crate::builtins::functions::bind_keywords(vm, &args, "structseq", &["sequence", "dict"])?;
    let (Some(Some(sequence)), dict) = (bound.first().cloned(), bound.get(1).cloned().flatten())
    else {
        return Err(vm.type_error("Required argument 'sequence' (pos 1) not found"));
    };
    let items = vm.sequence_fast(&sequence, "constructor requires a sequence")?;
    if let Some(d) = &dict {
        if d.as_dict().is_none() {
            return Err(vm.type_error(format!(
                "{}() takes a dict as second arg, if any",
                desc.name
            )));
        }
    }
    let (len, min, max) = (items.len(), desc.n_in_sequence, desc.fields.len());
    let size_error = if min != max && len < min {
        Some(format!("an at least {min}-sequence"))
    } else if min != max && len > max {
        Some(format!("an at most {max}-sequence"))
    } else if min == max && len != min {
        Some(format!("a {min}-sequence"))
    } else {
        None
    };
    if let Some(wanted) = size_error {
        return Err(vm.type_error(format!(
            "{}() takes {wanted} ({len}-sequence given)",
            desc.name
        )));
    }
    let mut all = items;
    // The fields past the sequence come from the dict, by the name of the member at that
    // index less the unnamed ones, as `structseq_new` reads `tp_members`.
    let names: Vec<&str> = desc.members().map(|(_, n)| n).collect();
    let unnamed = desc.n_unnamed();
    for i in len..max {
        let name = i.checked_sub(unnamed).and_then(|k| names.get(k));
        let found = match (&dict, name) {
            (Some(d), Some(name)) => vm.dict_get(d, &new_str_from(name))?,
            _ => None,
        };
        all.push(found.unwrap_or_else(none));
    }
    Ok(instance(ty.clone(), desc, all))
}

fn structseq_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let name = ty
        .and_then(|t| t.as_type())
        .map(|t| t.name.clone())
        .unwrap_or_default();
    let Some((subtype, rest)) = a.pos.split_first() else {
        return Err(vm.type_error(format!("{name}.__new__(): not enough arguments")));
    };
    let Some(sub_name) = subtype.as_type().map(|t| t.tp_name().to_string()) else {
        return Err(vm.type_error(format!(
            "{name}.__new__(X): X is not a type object ({})",
            vm.type_name(subtype)
        )));
    };
    let desc = match (ty, vm.struct_seq_types.desc_of(subtype)) {
        (Some(t), Some(desc)) if super::is(t, subtype) => desc,
        _ => {
            return Err(vm.type_error(format!(
                "{name}.__new__({sub_name}): {sub_name} is not a subtype of {name}"
            )))
        }
    };
    let args = Args {
        pos: rest,
        kw: a.kw,
    };
    construct(vm, subtype, desc, args)
}

/// `structseq_repr`: `NAME(field=repr, ...)`, the names being `tp_members`' in order, cut
/// with `...` where CPython's 512-byte buffer would overflow.
pub fn repr(vm: &mut Vm, s: &PyStructSeq) -> PyResult<Vec<u8>> {
    const BUFFER: usize = 512;
    const TYPE_MAX: usize = 100;
    // `endofbuf` keeps room for "...)" and the terminating NUL.
    let end_of_buffer = BUFFER - 5;
    let name = s.desc.name.as_bytes();
    let mut out = name[..name.len().min(TYPE_MAX)].to_vec();
    out.push(b'(');
    let names: Vec<&str> = s.desc.members().map(|(_, n)| n).collect();
    let mut remove_last = false;
    for (i, value) in s.visible().to_vec().iter().enumerate() {
        let Some(field) = names.get(i) else {
            return Err(vm.system_error("struct sequence field without a name"));
        };
        let text = vm.repr(value)?;
        // `strcpy` stops at a NUL byte.
        let text = match text.iter().position(|&b| b == 0) {
            Some(nul) => &text[..nul],
            None => &text[..],
        };
        if out.len() + field.len() + text.len() + 3 <= end_of_buffer {
            out.extend_from_slice(field.as_bytes());
            out.push(b'=');
            out.extend_from_slice(text);
            out.extend_from_slice(b", ");
            remove_last = true;
        } else {
            out.extend_from_slice(b"...");
            remove_last = false;
            break;
        }
    }
    if remove_last {
        out.truncate(out.len() - 2);
    }
    out.push(b')');
    Ok(out)
}

/// `structseq_reduce`: `(type, (visible items, {name: value of every other field}))`.
fn structseq_reduce(vm: &mut Vm, me: Option<&ObjRef>, _a: Args) -> PyResult<ObjRef> {
    let Some(Payload::StructSeq(s)) = me.map(|m| &m.payload) else {
        return Err(vm.type_error("descriptor '__reduce__' requires a struct sequence"));
    };
    let dict = super::new_dict(Default::default());
    let n_visible = s.visible().len();
    for (index, name) in s.desc.members().filter(|(i, _)| *i >= n_visible) {
        let value = s.items.get(index).cloned().unwrap_or_else(none);
        vm.dict_set(&dict, new_str_from(name), value)?;
    }
    let state = new_tuple(vec![s.to_tuple(), dict]);
    Ok(new_tuple(vec![s.class.clone(), state]))
}

/// `sizeof(PyStructSequence) + sizeof(PyObject*) * (n_members - 1)`: the type's
/// `tp_basicsize`, which `object.__sizeof__` reports.
pub fn basic_size(desc: &StructSeqDesc) -> usize {
    24 + 8 * desc.fields.len().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `os.stat_result`'s shape: index-only fields inside the sequence, named ones past it.
    static STAT_LIKE: StructSeqDesc = StructSeqDesc {
        name: "posix.stat_result",
        doc: "",
        fields: &["st_mode", UNNAMED, UNNAMED, "st_atime", "st_mtime"],
        n_in_sequence: 3,
        creatable: true,
    };

    #[test]
    fn members_skip_unnamed_fields_and_keep_their_item_index() {
        let members: Vec<(usize, &str)> = STAT_LIKE.members().collect();
        assert_eq!(
            members,
            vec![(0, "st_mode"), (3, "st_atime"), (4, "st_mtime")]
        );
        assert_eq!(STAT_LIKE.n_unnamed(), 2);
    }

    #[test]
    fn basic_size_counts_one_pointer_per_field() {
        assert_eq!(basic_size(&STAT_LIKE), 24 + 8 * 5);
    }
}
