//! "The latest one wins" for asynchronous work started on every change (a deflate, a frame's wait): work that
//! ends after newer work has started must not overwrite what the newer one gives.

use std::cell::Cell;
use std::rc::Rc;

/// Counts the pieces of work started; shared by the hook's renders (keep it in a `use_memo`).
#[derive(Clone, Default)]
pub struct Latest(Rc<Cell<u64>>);

impl Latest {
    /// Starts a piece of work: the function returned says, when the work ends, whether none started since.
    pub fn start(&self) -> impl Fn() -> bool + 'static {
        let generation = self.0.get() + 1;
        self.0.set(generation);
        let count = Rc::clone(&self.0);
        move || count.get() == generation
    }
}
