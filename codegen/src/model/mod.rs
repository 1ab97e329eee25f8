//! What generation derives from a loaded spec before any code exists: the
//! names progenitor will give things, and which operations page.

pub(crate) mod naming;
pub(crate) mod paginated;
