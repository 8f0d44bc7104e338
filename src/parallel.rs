//! Work shared among the machine's cores, for the two steps that dominate a long run:
//! extracting a long document piece by piece, and serialising its rows block by block.
//!
//! Plain scoped threads: the work items are few and large (a megabyte of text, thousands of
//! rows), so a work-stealing pool would add a dependency and nothing measurable.

use std::sync::atomic::{AtomicUsize, Ordering};

/// How many threads to use: the cores the process may run on.
pub fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Runs `work` on every item, on up to [`threads`] threads, and returns the results in the
/// order of `items`. Threads take the next item as they finish one, so an uneven item does not
/// hold the others back. One item, or one core, runs on the calling thread.
pub fn map<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = threads().min(items.len());
    if threads <= 1 {
        return items.iter().map(work).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        mine.push((i, work(item)));
                    }
                    mine
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

/// Runs `work` on every item in place, the items dealt out in equal runs to up to
/// [`threads`] threads (for work of about the same size per item).
pub fn for_each_mut<T: Send>(items: &mut [T], work: impl Fn(&mut T) + Sync) {
    let threads = threads().min(items.len());
    if threads <= 1 {
        items.iter_mut().for_each(work);
        return;
    }
    let per_thread = items.len().div_ceil(threads);
    std::thread::scope(|scope| {
        for part in items.chunks_mut(per_thread) {
            let work = &work;
            scope.spawn(move || part.iter_mut().for_each(work));
        }
    });
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_come_back_in_item_order() {
        let items: Vec<u64> = (0..1000).collect();
        let squares = super::map(&items, |&i| {
            // Uneven work, so threads finish out of order.
            (0..i % 7 * 1000)
                .fold(0u64, |a, b| a.wrapping_add(b))
                .wrapping_mul(0)
                + i * i
        });
        assert_eq!(squares, items.iter().map(|i| i * i).collect::<Vec<_>>());
        assert!(super::map(&[] as &[u8], |_| 1).is_empty());
    }

    #[test]
    fn for_each_mut_reaches_every_item_once() {
        let mut items: Vec<u64> = (0..1001).collect();
        super::for_each_mut(&mut items, |x| *x = *x * 2 + 1);
        assert_eq!(items, (0..1001).map(|x| x * 2 + 1).collect::<Vec<_>>());
        super::for_each_mut(&mut [] as &mut [u8], |_| unreachable!());
    }
}
