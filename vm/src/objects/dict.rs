//! `dict`: CPython 2.7's open-addressing hash table (Objects/dictobject.c), reproduced slot for
//! slot — same probe sequence, dummy entries, fill/used accounting and resize policy — so that
//! iteration order, `repr`, `keys()` and `popitem()` match CPython after any sequence of
//! inserts and deletes.
//!
//! The table never calls Python code itself: a lookup pauses (`Step::Compare`) where two keys
//! need a Python-level `==`, so the caller can run it with the table released and resume
//! (see `Vm::find_key` in `protocols/dict.rs`).

use super::ObjRef;

/// Smallest table size (`PyDict_MINSIZE`).
pub const MINSIZE: usize = 8;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
pub enum Slot {
    Empty,
    /// A deleted entry: keeps probe chains intact.
    Dummy,
    Active(i64, ObjRef, ObjRef),
}

#[derive(Clone)]
pub struct DictTable {
    slots: Vec<Slot>,
    /// Active + dummy slots (`ma_fill`).
    fill: usize,
    /// Active slots (`ma_used`).
    used: usize,
    /// The hash field of slot 0, which CPython also uses as `popitem`'s search finger: it
    /// keeps the hash of whatever was stored there last, even after a delete.
    finger: i64,
    /// Bumped on every structural change (iterators use it to notice a change of size).
    pub version: u64,
    /// Bumped when the slots are reallocated; see [`DictTable::generation`].
    generation: u64,
}

impl Default for DictTable {
    fn default() -> Self {
        Self::new()
    }
}

/// Where a lookup ended: the slot holding the key, or the slot an insert would use.
pub enum Probe {
    Found(usize),
    Vacant(usize),
}

/// How two distinct keys with equal hashes compare, as far as the caller can tell without
/// running Python code.
pub enum KeyEq {
    Equal,
    Unequal,
    /// Only a Python-level comparison can tell.
    Undecided,
}

/// What one stretch of probing found.
pub enum Step {
    Done(Probe),
    /// The key at this slot has the probe's hash and needs a Python-level `==`.
    Compare(usize),
}

/// A lookup's place in the probe sequence, so it can pause for Python code and go on.
#[derive(Default)]
pub struct ProbeCursor {
    /// Slots visited so far.
    visited: usize,
    i: usize,
    perturb: usize,
    /// The first dummy passed, where an insert goes.
    freeslot: Option<usize>,
}

impl ProbeCursor {
    /// The next slot: `hash & mask` first, then `i = 5*i + perturb + 1` with `perturb`
    /// shifted right before every step after the second, as in `lookdict`.
    fn advance(&mut self, hash: i64, mask: usize) -> usize {
        match self.visited {
            0 => {
                self.i = (hash as u64 as usize) & mask;
                self.perturb = hash as u64 as usize;
            }
            n => {
                if n > 1 {
                    self.perturb >>= PERTURB_SHIFT;
                }
                self.i = (self.i << 2)
                    .wrapping_add(self.i)
                    .wrapping_add(self.perturb)
                    .wrapping_add(1);
            }
        }
        self.visited += 1;
        self.i & mask
    }
}

impl DictTable {
    pub fn new() -> Self {
        DictTable {
            slots: vec![Slot::Empty; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
            generation: 0,
        }
    }

    /// The table size `dictresize` picks for `minused` entries: the smallest power of two
    /// above it, at least `MINSIZE`.
    pub fn slots_for(minused: usize) -> usize {
        minused
            .checked_add(1)
            .and_then(usize::checked_next_power_of_two)
            .unwrap_or(usize::MAX)
            .max(MINSIZE)
    }

    /// Bytes the slots of a table presized for `minused` entries take, for the memory limit.
    pub fn presized_bytes(minused: usize) -> u128 {
        if minused > 5 {
            Self::slots_for(minused) as u128 * std::mem::size_of::<Slot>() as u128
        } else {
            0
        }
    }

    /// `_PyDict_NewPresized`: dict displays of more than 5 entries start larger.
    pub fn presized(minused: usize) -> Self {
        let mut table = Self::new();
        if minused > 5 {
            table.resize(minused);
        }
        table
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The probe sequence of CPython's `lookdict`, from where `cursor` stands, deciding two
    /// distinct keys with equal hashes by `eq`. It stops at `Step::Compare` when `eq` cannot
    /// decide without Python code; the caller compares with the table released and calls
    /// again with the same cursor to go on (see `Vm::find_key`).
    pub fn probe(
        &self,
        key: &ObjRef,
        hash: i64,
        cursor: &mut ProbeCursor,
        eq: &mut dyn FnMut(&ObjRef, &ObjRef) -> KeyEq,
    ) -> Step {
        let mask = self.mask();
        loop {
            let idx = cursor.advance(hash, mask);
            match &self.slots[idx] {
                Slot::Empty => return Step::Done(Probe::Vacant(cursor.freeslot.unwrap_or(idx))),
                Slot::Dummy => {
                    if cursor.freeslot.is_none() {
                        cursor.freeslot = Some(idx);
                    }
                }
                Slot::Active(h, k, _) => {
                    if std::rc::Rc::ptr_eq(k, key) {
                        return Step::Done(Probe::Found(idx));
                    }
                    if *h == hash {
                        match eq(k, key) {
                            KeyEq::Equal => return Step::Done(Probe::Found(idx)),
                            KeyEq::Unequal => {}
                            KeyEq::Undecided => return Step::Compare(idx),
                        }
                    }
                }
            }
        }
    }

    /// A whole lookup whose comparator never needs Python code; `None` when it could not
    /// decide two keys (the caller's answer to that varies: marshal refuses, others treat the
    /// keys as distinct).
    pub fn lookup(
        &self,
        key: &ObjRef,
        hash: i64,
        eq: &mut dyn FnMut(&ObjRef, &ObjRef) -> Option<bool>,
    ) -> Option<Probe> {
        let step = self.probe(
            key,
            hash,
            &mut ProbeCursor::default(),
            &mut |a, b| match eq(a, b) {
                Some(true) => KeyEq::Equal,
                Some(false) => KeyEq::Unequal,
                None => KeyEq::Undecided,
            },
        );
        match step {
            Step::Done(probe) => Some(probe),
            Step::Compare(_) => None,
        }
    }

    /// Bumped when the slots are reallocated (resize, clear): a lookup paused for Python code
    /// starts over when this changed, as `lookdict` does when `ma_table` moved.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    pub fn value_at(&self, idx: usize) -> Option<&ObjRef> {
        match &self.slots[idx] {
            Slot::Active(_, _, v) => Some(v),
            _ => None,
        }
    }

    pub fn entry_at(&self, idx: usize) -> Option<(&ObjRef, &ObjRef)> {
        match &self.slots[idx] {
            Slot::Active(_, k, v) => Some((k, v)),
            _ => None,
        }
    }

    /// Stores into the slot a lookup returned, then resizes as `PyDict_SetItem` does.
    /// Returns the value it replaced, which the caller drops after releasing its borrow
    /// (dropping it can run a `__del__`).
    pub fn store_at(
        &mut self,
        probe: Probe,
        key: ObjRef,
        hash: i64,
        value: ObjRef,
    ) -> Option<ObjRef> {
        match probe {
            Probe::Found(idx) => match &mut self.slots[idx] {
                Slot::Active(_, _, v) => Some(std::mem::replace(v, value)),
                _ => unreachable!("a found slot is active"),
            },
            Probe::Vacant(idx) => {
                if matches!(self.slots[idx], Slot::Empty) {
                    self.fill += 1;
                }
                self.slots[idx] = Slot::Active(hash, key, value);
                if idx == 0 {
                    self.finger = hash;
                }
                self.used += 1;
                self.version += 1;
                if self.fill * 3 >= (self.mask() + 1) * 2 {
                    let factor = if self.used > 50000 { 2 } else { 4 };
                    self.resize(factor * self.used);
                }
                None
            }
        }
    }

    /// Deletes the entry a lookup found; returns its key and value for the caller to drop.
    pub fn remove_at(&mut self, idx: usize) -> (ObjRef, ObjRef) {
        let old = std::mem::replace(&mut self.slots[idx], Slot::Dummy);
        self.used -= 1;
        self.version += 1;
        match old {
            Slot::Active(_, k, v) => (k, v),
            _ => unreachable!(),
        }
    }

    /// `dictresize`: the smallest power of two above `minused`, entries re-inserted in table
    /// order into a table without dummies.
    pub fn resize(&mut self, minused: usize) {
        let newsize = Self::slots_for(minused);
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        self.fill = 0;
        self.used = 0;
        self.finger = 0;
        self.version += 1;
        self.generation += 1;
        for slot in old {
            if let Slot::Active(h, k, v) = slot {
                self.insert_clean(h, k, v);
            }
        }
    }

    /// `insertdict_clean`: insert a key known to be absent into a table with no dummies.
    fn insert_clean(&mut self, hash: i64, key: ObjRef, value: ObjRef) {
        let mask = self.mask();
        let mut cursor = ProbeCursor::default();
        let mut idx = cursor.advance(hash, mask);
        while !matches!(self.slots[idx], Slot::Empty) {
            idx = cursor.advance(hash, mask);
        }
        if idx == 0 {
            self.finger = hash;
        }
        self.slots[idx] = Slot::Active(hash, key, value);
        self.fill += 1;
        self.used += 1;
    }

    /// Active entries in table order: the order of iteration, `keys()` and `repr`.
    pub fn entries(&self) -> impl Iterator<Item = (&ObjRef, &ObjRef)> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(_, k, v) => Some((k, v)),
            _ => None,
        })
    }

    pub fn entries_with_hash(&self) -> impl Iterator<Item = (i64, &ObjRef, &ObjRef)> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(h, k, v) => Some((*h, k, v)),
            _ => None,
        })
    }

    /// Deleted slots still holding a place in probe chains (`fill - used`).
    pub fn dummies(&self) -> usize {
        self.fill - self.used
    }

    /// Number of slots (for iterators that walk the table by index, as `dictiter` does).
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    /// `dict.popitem()`'s choice of entry: slot 0 if active, else a scan from the finger;
    /// afterwards the finger points past the chosen slot (1 when slot 0 was taken).
    pub fn popitem_index(&mut self) -> Option<usize> {
        if self.used == 0 {
            return None;
        }
        let mut i: i64 = 0;
        if !matches!(self.slots[0], Slot::Active(..)) {
            let mask = self.mask() as i64;
            i = self.finger;
            if i > mask || i < 1 {
                i = 1;
            }
            while !matches!(self.slots[i as usize], Slot::Active(..)) {
                i += 1;
                if i > mask {
                    i = 1;
                }
            }
        }
        Some(i as usize)
    }

    /// Removes the entry `popitem_index` chose and moves the finger on.
    pub fn pop_at(&mut self, idx: usize) -> (ObjRef, ObjRef) {
        let entry = self.remove_at(idx);
        self.finger = idx as i64 + 1;
        entry
    }

    /// `PyDict_Clear`: back to an empty minimum-size table; returns the old entries to drop.
    pub fn clear(&mut self) -> Vec<Slot> {
        self.fill = 0;
        self.used = 0;
        self.finger = 0;
        self.version += 1;
        self.generation += 1;
        std::mem::replace(&mut self.slots, vec![Slot::Empty; MINSIZE])
    }

    /// `PyDict_Merge`'s pre-sizing when merging `incoming` entries into this table.
    pub fn reserve_for_merge(&mut self, incoming: usize) {
        if (self.fill + incoming) * 3 >= (self.mask() + 1) * 2 {
            self.resize((self.used + incoming) * 2);
        }
    }
}
