//! The built-in iterators: over a sequence by index (`listiterator`, `tupleiterator`, a
//! str's `iterator`), over a dict's table (`dictionary-keyiterator` …), over an `xrange`
//! (`rangeiterator`), and `callable-iterator`. Each one's repr names CPython's type.

use super::ObjRef;

pub enum IterState {
    /// `seqiter`-style: `seq[index]` until the end; `None` once exhausted (CPython drops
    /// the sequence then).
    Seq {
        kind: SeqKind,
        seq: Option<ObjRef>,
        index: usize,
    },
    /// Walks a dict's slots; `used` is the size it started with, to detect changes.
    Dict {
        kind: DictIterKind,
        dict: Option<ObjRef>,
        pos: usize,
        used: usize,
        remaining: usize,
    },
    /// `setiterator`: walks a set's slots; `used` is the size it started with.
    Set {
        set: Option<ObjRef>,
        pos: usize,
        used: usize,
    },
    Range {
        next: i64,
        step: i64,
        remaining: i64,
    },
    /// `enumerate`: pairs the inner iterator's items with a running index.
    Enumerate { inner: ObjRef, index: i64 },
    /// `reversed` over a sequence without a reverse iterator of its own: `seq[index]` counting
    /// down to 0; `None` once exhausted.
    Reversed { seq: Option<ObjRef>, index: i64 },
    /// `iter(func, sentinel)`: calls `func` until it returns the sentinel; `func` is dropped
    /// once it has.
    Callable {
        func: Option<ObjRef>,
        sentinel: ObjRef,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeqKind {
    List,
    Tuple,
    /// `str`, `unicode` and objects with `__getitem__` share CPython's plain `iterator`.
    Generic,
    Reversed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

impl IterState {
    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::Seq {
                kind: SeqKind::List,
                ..
            } => "listiterator",
            IterState::Seq {
                kind: SeqKind::Tuple,
                ..
            } => "tupleiterator",
            IterState::Seq {
                kind: SeqKind::Generic,
                ..
            } => "iterator",
            IterState::Seq {
                kind: SeqKind::Reversed,
                ..
            } => "listreverseiterator",
            IterState::Dict {
                kind: DictIterKind::Keys,
                ..
            } => "dictionary-keyiterator",
            IterState::Dict {
                kind: DictIterKind::Values,
                ..
            } => "dictionary-valueiterator",
            IterState::Dict {
                kind: DictIterKind::Items,
                ..
            } => "dictionary-itemiterator",
            IterState::Set { .. } => "setiterator",
            IterState::Range { .. } => "rangeiterator",
            IterState::Enumerate { .. } => "enumerate",
            IterState::Reversed { .. } => "reversed",
            IterState::Callable { .. } => "callable-iterator",
        }
    }
}
