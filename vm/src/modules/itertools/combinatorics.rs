//! The combinatoric iterators of `itertools`: `product`, `permutations`, `combinations`
//! and `combinations_with_replacement`. Each reads all of its input up front, as
//! `PySequence_Tuple` does (a Python-defined `__len__` is asked for a length hint), then
//! steps a vector of indices into it; every result is a new tuple of the items those
//! indices pick.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use num_traits::ToPrimitive;

use super::the_type;
use crate::builtins::functions::args::{as_bigint, parse_keywords, ssize_arg};
use crate::error::PyResult;
use crate::objects::native::new_native;
use crate::objects::{new_tuple, Args, ObjRef, Payload};
use crate::runtime::Vm;

/// Where a combinatoric iterator is in its sequence.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Progress {
    /// The next result is the first (the indices are as set up).
    First,
    /// The indices are those of the last result.
    Running,
    /// Exhausted (or empty from the start); stays so.
    Stopped,
}

/// The state every combinatoric iterator has: its progress and its indices, of which the
/// first `shown` pick a result's items.
struct Indices {
    progress: Cell<Progress>,
    indices: RefCell<Vec<usize>>,
    shown: usize,
}

impl Indices {
    fn new(indices: Vec<usize>, stopped: bool) -> Self {
        let shown = indices.len();
        Self::showing(indices, shown, stopped)
    }

    fn showing(indices: Vec<usize>, shown: usize, stopped: bool) -> Self {
        Indices {
            progress: Cell::new(if stopped {
                Progress::Stopped
            } else {
                Progress::First
            }),
            indices: RefCell::new(indices),
            shown,
        }
    }

    /// One step: the first result as the indices stand, else the indices `advance` moves
    /// on (false when it has run out), as a tuple of `pick(i, index)` for each index.
    fn step(
        &self,
        advance: impl FnOnce(&mut [usize]) -> bool,
        pick: impl Fn(usize, usize) -> ObjRef,
    ) -> Option<ObjRef> {
        match self.progress.get() {
            Progress::Stopped => return None,
            Progress::First => self.progress.set(Progress::Running),
            Progress::Running => {
                if !advance(&mut self.indices.borrow_mut()) {
                    self.progress.set(Progress::Stopped);
                    return None;
                }
            }
        }
        let indices = self.indices.borrow();
        let shown = indices.iter().take(self.shown);
        let items = shown.enumerate().map(|(i, &k)| pick(i, k));
        Some(new_tuple(items.collect()))
    }

    fn stop(&self) {
        self.progress.set(Progress::Stopped);
    }
}

/// `r` of `combinations` and `combinations_with_replacement` (the `n` code, converted while
/// the arguments are parsed) after the pool is read: it must not be negative.
fn pool_and_length(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(Vec<ObjRef>, usize)> {
    let bound = parse_keywords(vm, a, name, &["iterable", "r"], 2)?;
    let [Some(iterable), Some(r)] = &bound[..] else {
        return Err(vm.system_error(format!("{name}() lost an argument")));
    };
    let r = ssize_arg(vm, r)?;
    let pool = vm.collect_sized_iterable(iterable)?;
    let r = usize::try_from(r).map_err(|_| vm.value_error("r must be non-negative"))?;
    check_indices(vm, r)?;
    Ok((pool, r))
}

/// The indices C allocates whether or not any result will come (a huge `r` fails there
/// even when `r > n`).
fn check_indices(vm: &Vm, count: usize) -> PyResult<()> {
    vm.check_alloc(count as u128 * std::mem::size_of::<usize>() as u128)
}

// ----- product ----------------------------------------------------------------------------

/// `product(*iterables, repeat=1)`: one index per pool, the rightmost moving fastest.
struct Product {
    pools: Vec<Rc<[ObjRef]>>,
    indices: Indices,
}

pub(super) fn product_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let mut repeat = 1;
    if !a.kw.is_empty() {
        let keywords = Args { pos: &[], kw: a.kw };
        let bound = parse_keywords(vm, &keywords, "product", &["repeat"], 0)?;
        if let Some(r) = &bound[0] {
            repeat = ssize_arg(vm, r)?;
        }
        if repeat < 0 {
            return Err(vm.value_error("repeat argument cannot be negative"));
        }
    }
    let repeat = repeat as usize;
    let given = if repeat == 0 { &[][..] } else { a.pos };
    let word = std::mem::size_of::<usize>();
    if repeat != 0 && given.len() > isize::MAX as usize / word / repeat {
        return Err(vm.overflow_error("repeat argument too large"));
    }
    let count = given.len() * repeat;
    check_indices(vm, count.saturating_mul(2))?;
    let mut pools: Vec<Rc<[ObjRef]>> = Vec::with_capacity(count);
    for iterable in given {
        pools.push(Rc::from(vm.collect_sized_iterable(iterable)?));
    }
    for i in given.len()..count {
        let pool = pools[i - given.len()].clone();
        pools.push(pool);
    }
    Ok(new_native(
        the_type(vm, ty)?,
        Product {
            indices: Indices::new(vec![0; count], false),
            pools,
        },
    ))
}

impl Product {
    /// `product_next`: nothing at all when a pool is empty.
    fn step(&self, _vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        if self.indices.progress.get() == Progress::First && self.pools.iter().any(|p| p.is_empty())
        {
            self.indices.stop();
        }
        let advance = |indices: &mut [usize]| {
            for (index, pool) in indices.iter_mut().zip(&self.pools).rev() {
                *index += 1;
                if *index < pool.len() {
                    return true;
                }
                *index = 0;
            }
            false
        };
        Ok(self.indices.step(advance, |i, k| self.pools[i][k].clone()))
    }
    default_repr!();
}

iterator!(Product);

// ----- combinations -----------------------------------------------------------------------

/// `combinations(iterable, r)`: increasing indices, the rightmost moving fastest.
struct Combinations {
    pool: Vec<ObjRef>,
    indices: Indices,
}

pub(super) fn combinations_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let (pool, r) = pool_and_length(vm, &a, "combinations")?;
    let stopped = r > pool.len();
    let indices = if stopped {
        Vec::new()
    } else {
        (0..r).collect()
    };
    Ok(new_native(
        the_type(vm, ty)?,
        Combinations {
            pool,
            indices: Indices::new(indices, stopped),
        },
    ))
}

impl Combinations {
    /// `combinations_next`: the rightmost index below its maximum moves up one, and those
    /// after it follow on from it.
    fn step(&self, _vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        let n = self.pool.len();
        let advance = |indices: &mut [usize]| {
            let r = indices.len();
            let Some(i) = (0..r).rev().find(|&i| indices[i] != i + n - r) else {
                return false;
            };
            indices[i] += 1;
            for j in i + 1..r {
                indices[j] = indices[j - 1] + 1;
            }
            true
        };
        Ok(self.indices.step(advance, |_, k| self.pool[k].clone()))
    }
    default_repr!();
}

iterator!(Combinations);

// ----- combinations_with_replacement --------------------------------------------------------

/// `combinations_with_replacement(iterable, r)`: non-decreasing indices.
struct CombinationsWithReplacement {
    pool: Vec<ObjRef>,
    indices: Indices,
}

pub(super) fn combinations_with_replacement_new(
    vm: &mut Vm,
    ty: Option<&ObjRef>,
    a: Args,
) -> PyResult<ObjRef> {
    let (pool, r) = pool_and_length(vm, &a, "combinations_with_replacement")?;
    let stopped = pool.is_empty() && r != 0;
    let indices = if stopped { Vec::new() } else { vec![0; r] };
    Ok(new_native(
        the_type(vm, ty)?,
        CombinationsWithReplacement {
            pool,
            indices: Indices::new(indices, stopped),
        },
    ))
}

impl CombinationsWithReplacement {
    /// `cwr_next`: the rightmost index below the last position moves up one, and those
    /// after it take its value.
    fn step(&self, _vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        let last = self.pool.len().saturating_sub(1);
        let advance = |indices: &mut [usize]| {
            let Some(i) = indices.iter().rposition(|&k| k != last) else {
                return false;
            };
            let value = indices[i] + 1;
            indices[i..].fill(value);
            true
        };
        Ok(self.indices.step(advance, |_, k| self.pool[k].clone()))
    }
    default_repr!();
}

iterator!(CombinationsWithReplacement);

// ----- permutations -----------------------------------------------------------------------

/// `permutations(iterable[, r])`: an arrangement of all the pool's indices, of which the
/// first `r` make a result, and per position a countdown of the choices left for it.
struct Permutations {
    pool: Vec<ObjRef>,
    indices: Indices,
    cycles: RefCell<Vec<usize>>,
}

/// `permutations`' `r` (`PyInt_AsSsize_t`): an int or long, or anything with a number
/// slot converting to one (a float truncates).
fn permutation_length(vm: &mut Vm, r: &ObjRef) -> PyResult<i64> {
    let too_large = "Python int too large to convert to C long";
    let converted = match &r.payload {
        Payload::Int(_) | Payload::Bool(_) => r.clone(),
        Payload::Long(l) => {
            return l
                .to_i64()
                .ok_or_else(|| vm.overflow_error("long int too large to convert to int"))
        }
        Payload::Float(f) => crate::builtins::constructors::float_to_integer(vm, *f)?,
        Payload::Complex(_) => return Err(vm.type_error("can't convert complex to int")),
        _ => match vm.user_conversion(r, "__int__", |_| true, "int")? {
            Some(v) => v,
            None => return Err(vm.type_error("an integer is required")),
        },
    };
    match as_bigint(&converted) {
        Some(v) => v.to_i64().ok_or_else(|| vm.overflow_error(too_large)),
        None => Err(vm.type_error("__int__ method should return an integer")),
    }
}

pub(super) fn permutations_new(vm: &mut Vm, ty: Option<&ObjRef>, a: Args) -> PyResult<ObjRef> {
    let bound = parse_keywords(vm, &a, "permutations", &["iterable", "r"], 1)?;
    let [Some(iterable), r] = &bound[..] else {
        return Err(vm.system_error("permutations() lost its iterable"));
    };
    let pool = vm.collect_sized_iterable(iterable)?;
    let n = pool.len();
    let r = match r {
        Some(r) if !r.is_none() => permutation_length(vm, r)?,
        _ => n as i64,
    };
    let r = usize::try_from(r).map_err(|_| vm.value_error("r must be non-negative"))?;
    check_indices(vm, n.saturating_add(r))?;
    let stopped = r > n;
    let (indices, cycles) = if stopped {
        (Vec::new(), Vec::new())
    } else {
        ((0..n).collect(), (0..r).map(|i| n - i).collect())
    };
    Ok(new_native(
        the_type(vm, ty)?,
        Permutations {
            pool,
            indices: Indices::showing(indices, r, stopped),
            cycles: RefCell::new(cycles),
        },
    ))
}

impl Permutations {
    /// `permutations_next`: the rightmost position with choices left swaps in its next
    /// one; a position that has run out rotates its tail back and restarts its countdown.
    fn step(&self, _vm: &mut Vm) -> PyResult<Option<ObjRef>> {
        let n = self.pool.len();
        let mut cycles = self.cycles.borrow_mut();
        let r = cycles.len();
        let advance = |indices: &mut [usize]| {
            for i in (0..r).rev() {
                cycles[i] -= 1;
                if cycles[i] == 0 {
                    indices[i..].rotate_left(1);
                    cycles[i] = n - i;
                } else {
                    indices.swap(i, n - cycles[i]);
                    return true;
                }
            }
            false
        };
        Ok(self.indices.step(advance, |_, k| self.pool[k].clone()))
    }
    default_repr!();
}

iterator!(Permutations);
