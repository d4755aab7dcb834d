//! Iteration (`PyObject_GetIter`, `tp_iternext`) over the built-in containers, with CPython's
//! iterator types and their "changed size during iteration" checks.

use std::cell::RefCell;

use crate::error::PyResult;
use crate::objects::iter::{DictIterKind, IterState, SeqKind};
use crate::objects::set::SetTable;
use crate::objects::{self, new_int, ObjRef, Payload, PyObject};
use crate::runtime::Vm;

fn set_len(obj: &ObjRef) -> usize {
    match &obj.payload {
        Payload::Set(t) => t.borrow().len(),
        Payload::FrozenSet(t) => t.len(),
        _ => 0,
    }
}

fn new_iter(state: IterState) -> ObjRef {
    PyObject::new(Payload::Iter(RefCell::new(state)))
}

impl Vm {
    /// `iter(o)`.
    pub fn get_iter(&mut self, obj: &ObjRef) -> PyResult<ObjRef> {
        if crate::protocols::slots::is_user(obj) {
            if let Some(it) = self.user_iter(obj)? {
                return Ok(it);
            }
        }
        self.builtin_iter(obj)
    }

    /// `iter(o)` by the payload alone.
    pub(crate) fn builtin_iter(&mut self, obj: &ObjRef) -> PyResult<ObjRef> {
        let seq = |kind| {
            new_iter(IterState::Seq {
                kind,
                seq: Some(obj.clone()),
                index: 0,
            })
        };
        Ok(match &obj.payload {
            Payload::List(_) => seq(SeqKind::List),
            Payload::Tuple(_) => seq(SeqKind::Tuple),
            Payload::Str(_) | Payload::Unicode(_) | Payload::StructSeq(_) => seq(SeqKind::Generic),
            Payload::Dict(d) => self.dict_iter(obj, d.borrow().len(), DictIterKind::Keys),
            Payload::DictProxy(d) => {
                let d = d.clone();
                return self.get_iter(&d);
            }
            Payload::Set(_) | Payload::FrozenSet(_) => new_iter(IterState::Set {
                set: Some(obj.clone()),
                pos: 0,
                used: set_len(obj),
            }),
            Payload::Xrange(r) => new_iter(IterState::Range {
                next: r.start,
                step: r.step,
                remaining: r.len,
            }),
            Payload::Iter(_) | Payload::Generator(_) => obj.clone(),
            Payload::File(_) => crate::builtins::file_methods::iter(self, obj)?,
            Payload::DictView(v) => crate::builtins::dict_views::iter(self, v),
            Payload::Native(n) => match n.data.iter(self, obj) {
                Some(it) => it?,
                None => {
                    return Err(self
                        .type_error(format!("'{}' object is not iterable", self.type_name(obj))))
                }
            },
            _ => {
                return Err(
                    self.type_error(format!("'{}' object is not iterable", self.type_name(obj)))
                )
            }
        })
    }

    pub(crate) fn dict_iter(&self, dict: &ObjRef, used: usize, kind: DictIterKind) -> ObjRef {
        new_iter(IterState::Dict {
            kind,
            dict: Some(dict.clone()),
            pos: 0,
            used,
            remaining: used,
        })
    }

    /// `tp_iternext` itself: like [`Vm::iter_next`], but a StopIteration the iterator raised
    /// is passed on as it is (the builtin `next()` and `it.next()` do not clear it).
    pub fn iter_next_raw(&mut self, it: &ObjRef) -> PyResult<Option<ObjRef>> {
        match &it.payload {
            Payload::Generator(_) => self.gen_send_ex(it, None, None),
            _ => self.iter_next(it),
        }
    }

    /// `next(it)`: `Ok(None)` when exhausted (StopIteration is not materialized on this path,
    /// and one raised by a generator is cleared, as `PyIter_Next` and `FOR_ITER` do).
    pub fn iter_next(&mut self, it: &ObjRef) -> PyResult<Option<ObjRef>> {
        if let Payload::Generator(_) = &it.payload {
            return match self.gen_send_ex(it, None, None) {
                Err(e) if self.exception_matches(&e, &self.types.exc.stop_iteration.clone()) => {
                    Ok(None)
                }
                other => other,
            };
        }
        if crate::protocols::slots::is_user(it) {
            return self.user_next(it);
        }
        if let Payload::Native(n) = &it.payload {
            if let Some(next) = n.data.next(self, it) {
                return next;
            }
        }
        if let Payload::File(_) = &it.payload {
            return crate::builtins::file_methods::iter_next(self, it);
        }
        let Payload::Iter(state) = &it.payload else {
            return Err(
                self.type_error(format!("{} object is not an iterator", self.type_name(it)))
            );
        };
        let user_seq = match &*state.borrow() {
            IterState::Seq {
                kind: SeqKind::Generic,
                seq: Some(s),
                index,
            } if crate::protocols::slots::is_user(s) => Some((s.clone(), *index)),
            _ => None,
        };
        if let Some((seq, index)) = user_seq {
            let item = self.getitem_iter_step(&seq, index)?;
            if let IterState::Seq { seq, index, .. } = &mut *state.borrow_mut() {
                match &item {
                    Some(_) => *index += 1,
                    None => *seq = None,
                }
            }
            return Ok(item);
        }
        if matches!(
            &*state.borrow(),
            IterState::Enumerate { .. } | IterState::Reversed { .. } | IterState::Callable { .. }
        ) {
            // These call back into Python code, so they run without the state borrowed here.
            return crate::builtins::constructors::iter_next_extra(self, it);
        }
        let mut state = state.borrow_mut();
        match &mut *state {
            IterState::Enumerate { .. }
            | IterState::Reversed { .. }
            | IterState::Callable { .. } => Ok(None),
            IterState::Seq { kind, seq, index } => {
                let Some(s) = seq.as_ref() else {
                    return Ok(None);
                };
                let item = match (&s.payload, *kind) {
                    (_, SeqKind::Reversed) => {
                        let items = match &s.payload {
                            Payload::List(l) => l.borrow().clone(),
                            _ => Vec::new(),
                        };
                        if *index < items.len() {
                            Some(items[items.len() - 1 - *index].clone())
                        } else {
                            None
                        }
                    }
                    (Payload::List(l), _) => l.borrow().get(*index).cloned(),
                    (Payload::Tuple(t), _) => t.get(*index).cloned(),
                    (Payload::StructSeq(s), _) => s.visible().get(*index).cloned(),
                    (Payload::Str(b), _) => {
                        b.as_bytes().get(*index).map(|c| objects::new_str(vec![*c]))
                    }
                    (Payload::Unicode(u), _) => u
                        .chars()
                        .get(*index)
                        .map(|c| objects::unicode::new_unicode(vec![*c])),
                    _ => None,
                };
                match item {
                    Some(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *seq = None;
                        Ok(None)
                    }
                }
            }
            IterState::Set { set, pos, used } => {
                let Some(s) = set.clone() else {
                    return Ok(None);
                };
                if set_len(&s) != *used {
                    *used = usize::MAX;
                    return Err(self.runtime_error("Set changed size during iteration"));
                }
                let next = |t: &SetTable| {
                    (*pos..t.capacity()).find_map(|i| t.key_at(i).map(|k| (i, k.clone())))
                };
                let found = match &s.payload {
                    Payload::Set(t) => next(&t.borrow()),
                    Payload::FrozenSet(t) => next(t),
                    _ => None,
                };
                match found {
                    Some((i, key)) => {
                        *pos = i + 1;
                        Ok(Some(key))
                    }
                    None => {
                        *set = None;
                        Ok(None)
                    }
                }
            }
            IterState::Range {
                next,
                step,
                remaining,
            } => {
                if *remaining <= 0 {
                    return Ok(None);
                }
                let v = *next;
                *next = next.wrapping_add(*step);
                *remaining -= 1;
                Ok(Some(new_int(v)))
            }
            IterState::Dict {
                kind,
                dict,
                pos,
                used,
                remaining,
            } => {
                let Some(d) = dict.clone() else {
                    return Ok(None);
                };
                let table = d.as_dict().map(|t| t.borrow());
                let Some(table) = table else { return Ok(None) };
                if table.len() != *used {
                    *used = usize::MAX;
                    drop(table);
                    return Err(self.runtime_error("dictionary changed size during iteration"));
                }
                while *pos < table.capacity() {
                    let i = *pos;
                    *pos += 1;
                    if let Some((k, v)) = table.entry_at(i) {
                        *remaining = remaining.saturating_sub(1);
                        return Ok(Some(match kind {
                            DictIterKind::Keys => k.clone(),
                            DictIterKind::Values => v.clone(),
                            DictIterKind::Items => objects::new_tuple(vec![k.clone(), v.clone()]),
                        }));
                    }
                }
                drop(table);
                *dict = None;
                Ok(None)
            }
        }
    }
}
