//! `NoneType`, `NotImplementedType` and `ellipsis`: singletons whose repr is their name.
