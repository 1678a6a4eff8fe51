// Each fault test drives an app process as hard as it can (or stops its store): run one at a time, so a test's
// deadlines and memory figures are its own and not a neighbour's.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
