//! `_sre.SRE_Match`: the result of a successful match — the subject, the pattern, the
//! searched slice, each group's span (-1 for a group that did not take part) and
//! `lastindex`. `expand` hands the template to `re._expand`, as CPython does.

use std::cell::RefCell;

use super::matcher::{State, SubjectChar};
use super::pattern::Pattern;
use super::{call_re, cleared, slice, sre_type, MATCH_TYPE};
use crate::builtins::functions::args::{as_bigint, unpack};
use crate::builtins::functions::bind_keywords;
use crate::def;
use crate::error::PyResult;
use crate::objects::native::{self, new_native, NativeData};
use crate::objects::{new_bool, new_int, new_tuple, none, Args, MethodDef, ObjRef, Payload};
use crate::runtime::Vm;
use num_traits::ToPrimitive;

pub static METHODS: &[MethodDef] = &[
    def!("group", VarArgs, match_group),
    def!("start", VarArgs, match_start),
    def!("end", VarArgs, match_end),
    def!("span", VarArgs, match_span),
    def!("groups", Keywords, match_groups),
    def!("groupdict", Keywords, match_groupdict),
    def!("expand", O, match_expand),
    def!("__copy__", NoArgs, match_copy),
    def!("__deepcopy__", O, match_deepcopy),
];

pub struct Match {
    string: ObjRef,
    /// The pattern object.
    pattern: ObjRef,
    pos: usize,
    endpos: usize,
    /// The last group closed, or -1.
    lastindex: isize,
    /// Start and end of each group, group 0 (the whole match) first.
    marks: Vec<isize>,
    /// `regs`, once asked for.
    regs: RefCell<Option<ObjRef>>,
}

/// `pattern_new_match` for a state whose last match or search succeeded.
pub fn new_match<T: SubjectChar>(
    vm: &Vm,
    pattern_obj: &ObjRef,
    pattern: &Pattern,
    state: &State<T>,
    string: &ObjRef,
    pos: usize,
    endpos: usize,
) -> PyResult<ObjRef> {
    let mut marks = vec![state.start as isize, state.ptr as isize];
    for group in 1..=pattern.groups {
        let (a, b) = match state.group_span(group) {
            Some((a, b)) => (a as isize, b as isize),
            None => (-1, -1),
        };
        marks.push(a);
        marks.push(b);
    }
    let ty = sre_type(vm, MATCH_TYPE)?;
    Ok(new_native(
        &ty,
        Match {
            string: string.clone(),
            pattern: pattern_obj.clone(),
            pos,
            endpos,
            lastindex: state.lastindex,
            marks,
            regs: RefCell::new(None),
        },
    ))
}

impl Match {
    fn groups(&self) -> usize {
        self.marks.len() / 2
    }

    fn pattern(&self) -> Option<&Pattern> {
        native::data::<Pattern>(&self.pattern)
    }

    fn span(&self, index: usize) -> (isize, isize) {
        (self.marks[2 * index], self.marks[2 * index + 1])
    }

    /// `match_getindex`: an integer as it is, else the name's number in `groupindex`
    /// (-1 when it has none).
    fn index_of(&self, vm: &mut Vm, index: &ObjRef) -> PyResult<isize> {
        if matches!(
            index.payload,
            Payload::Int(_) | Payload::Long(_) | Payload::Bool(_)
        ) {
            return Ok(as_bigint(index).and_then(|v| v.to_isize()).unwrap_or(-1));
        }
        let Some(groupindex) = self.pattern().and_then(|p| p.groupindex.clone()) else {
            return Ok(-1);
        };
        Ok(match cleared(vm.getitem(&groupindex, index))? {
            Some(n)
                if matches!(
                    n.payload,
                    Payload::Int(_) | Payload::Long(_) | Payload::Bool(_)
                ) =>
            {
                as_bigint(&n).and_then(|v| v.to_isize()).unwrap_or(-1)
            }
            _ => -1,
        })
    }

    /// A group's number, or IndexError.
    fn checked_index(&self, vm: &mut Vm, index: &ObjRef) -> PyResult<usize> {
        let i = self.index_of(vm, index)?;
        if i < 0 || i as usize >= self.groups() {
            return Err(vm.index_error("no such group"));
        }
        Ok(i as usize)
    }

    /// `match_getslice_by_index`: the group's text, or `default` when it did not match.
    fn group_text(&self, vm: &mut Vm, index: isize, default: &ObjRef) -> PyResult<ObjRef> {
        if index < 0 || index as usize >= self.groups() {
            return Err(vm.index_error("no such group"));
        }
        let (a, b) = self.span(index as usize);
        if a < 0 {
            return Ok(default.clone());
        }
        slice(vm, &self.string, a as usize, b.max(0) as usize)
    }

    /// `match_getslice`: by number or name.
    fn group_by(&self, vm: &mut Vm, index: &ObjRef, default: &ObjRef) -> PyResult<ObjRef> {
        let i = self.index_of(vm, index)?;
        self.group_text(vm, i, default)
    }

    fn pair(&self, index: usize) -> ObjRef {
        let (a, b) = self.span(index);
        new_tuple(vec![new_int(a as i64), new_int(b as i64)])
    }
}

impl NativeData for Match {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn member(&self, name: &[u8]) -> Option<ObjRef> {
        match name {
            b"string" => Some(self.string.clone()),
            b"re" => Some(self.pattern.clone()),
            b"pos" => Some(new_int(self.pos as i64)),
            b"endpos" => Some(new_int(self.endpos as i64)),
            b"lastindex" => Some(if self.lastindex >= 0 {
                new_int(self.lastindex as i64)
            } else {
                none()
            }),
            b"lastgroup" => Some(self.lastgroup()),
            b"regs" => {
                let mut cached = self.regs.borrow_mut();
                let regs = cached.get_or_insert_with(|| {
                    new_tuple((0..self.groups()).map(|i| self.pair(i)).collect())
                });
                Some(regs.clone())
            }
            _ => None,
        }
    }
}

impl Match {
    /// `match_lastgroup_get`: the name of group `lastindex` in `indexgroup`, or None.
    fn lastgroup(&self) -> ObjRef {
        let Some(indexgroup) = self.pattern().and_then(|p| p.indexgroup.clone()) else {
            return none();
        };
        if self.lastindex < 0 {
            return none();
        }
        let i = self.lastindex as usize;
        let item = match &indexgroup.payload {
            Payload::Tuple(t) => t.get(i).cloned(),
            Payload::List(l) => l.borrow().get(i).cloned(),
            _ => None,
        };
        item.unwrap_or_else(none)
    }
}

fn this<'a>(vm: &Vm, me: Option<&'a ObjRef>) -> PyResult<(&'a ObjRef, &'a Match)> {
    me.and_then(|m| native::data::<Match>(m).map(|d| (m, d)))
        .ok_or_else(|| vm.type_error("descriptor requires a '_sre.SRE_Match' object"))
}

/// `group()`, `group(g)` or `group(g1, g2, ...)` (a tuple).
fn match_group(vm: &mut Vm, me: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (_, m) = this(vm, me)?;
    let default = none();
    match a.pos {
        [] => m.group_by(vm, &new_bool(false), &default),
        [one] => m.group_by(vm, one, &default),
        many => {
            let mut items = Vec::with_capacity(many.len());
            for g in many {
                items.push(m.group_by(vm, g, &default)?);
            }
            Ok(new_tuple(items))
        }
    }
}

/// The group argument of `start`, `end` and `span` (group 0 by default).
fn group_arg(vm: &mut Vm, m: &Match, a: &Args, name: &str) -> PyResult<usize> {
    let a = unpack(vm, a, name, 0, 1)?;
    let index = a.first().cloned().unwrap_or_else(|| new_bool(false));
    m.checked_index(vm, &index)
}

fn match_start(vm: &mut Vm, me: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (_, m) = this(vm, me)?;
    let i = group_arg(vm, m, &a, "start")?;
    Ok(new_int(m.span(i).0 as i64))
}

fn match_end(vm: &mut Vm, me: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (_, m) = this(vm, me)?;
    let i = group_arg(vm, m, &a, "end")?;
    Ok(new_int(m.span(i).1 as i64))
}

fn match_span(vm: &mut Vm, me: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (_, m) = this(vm, me)?;
    let i = group_arg(vm, m, &a, "span")?;
    Ok(m.pair(i))
}

/// The `default` argument of `groups` and `groupdict`.
fn default_arg(vm: &Vm, a: &Args, name: &str) -> PyResult<ObjRef> {
    let b = bind_keywords(vm, a, name, &["default"])?;
    Ok(b[0].clone().unwrap_or_else(none))
}

fn match_groups(vm: &mut Vm, me: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (_, m) = this(vm, me)?;
    let default = default_arg(vm, &a, "groups")?;
    let mut items = Vec::new();
    for i in 1..m.groups() {
        items.push(m.group_text(vm, i as isize, &default)?);
    }
    Ok(new_tuple(items))
}

fn match_groupdict(vm: &mut Vm, me: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (_, m) = this(vm, me)?;
    let default = default_arg(vm, &a, "groupdict")?;
    let result = crate::objects::new_dict(Default::default());
    let Some(groupindex) = m.pattern().and_then(|p| p.groupindex.clone()) else {
        return Ok(result);
    };
    // `PyMapping_Keys`.
    let keys = match &groupindex.payload {
        Payload::Dict(d) => d.borrow().entries().map(|(k, _)| k.clone()).collect(),
        _ => {
            let method = vm.getattr(&groupindex, &crate::objects::new_str_from("keys"))?;
            let keys = vm.call_object(&method, &[], &[])?;
            vm.collect_iterable(&keys)?
        }
    };
    for key in keys {
        let value = m.group_by(vm, &key, &default)?;
        vm.setitem(&result, &key, value)?;
    }
    Ok(result)
}

/// `expand(template)`: `re._expand(pattern, match, template)`.
fn match_expand(vm: &mut Vm, me: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (me, m) = this(vm, me)?;
    let template = a.pos.first().cloned().unwrap_or_else(none);
    call_re(vm, "_expand", &[m.pattern.clone(), me.clone(), template])
}

fn match_copy(vm: &mut Vm, _: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    Err(vm.type_error("cannot copy this match object"))
}

fn match_deepcopy(vm: &mut Vm, _: Option<&ObjRef>, _: Args) -> PyResult<ObjRef> {
    Err(vm.type_error("cannot deepcopy this match object"))
}
