//! `cell`: the box shared between a function and its closures (Objects/cellobject.c).
