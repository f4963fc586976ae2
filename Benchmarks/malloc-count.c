// Counts heap allocations, for the runtime benchmark's allocations per call.
// Built and preloaded by Benchmarks/run.sh:
//   cc -shared -fPIC -O2 -o malloc-count.so Benchmarks/malloc-count.c -ldl
//   LD_PRELOAD=./malloc-count.so apigen-bench --child-runtime
// apigen-bench finds `apigen_allocations` with dlsym and reads it around each
// batch of calls; without the library it reports no allocation counts.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <stddef.h>

static _Atomic unsigned long allocations;
static void *(*real_malloc)(size_t);
static void *(*real_calloc)(size_t, size_t);
static void *(*real_realloc)(void *, size_t);
static int (*real_posix_memalign)(void **, size_t, size_t);
static void *(*real_aligned_alloc)(size_t, size_t);

unsigned long apigen_allocations(void) { return atomic_load_explicit(&allocations, memory_order_relaxed); }

// dlsym may allocate through calloc before the real one is known: serve
// those few requests from a static buffer.
static char bootstrap[4096];
static size_t bootstrap_used;

static void *bootstrap_alloc(size_t size) {
    size = (size + 15) & ~(size_t)15;
    if (bootstrap_used + size > sizeof bootstrap) return NULL;
    void *block = bootstrap + bootstrap_used;
    bootstrap_used += size;
    return block;
}

void *malloc(size_t size) {
    if (!real_malloc) real_malloc = dlsym(RTLD_NEXT, "malloc");
    atomic_fetch_add_explicit(&allocations, 1, memory_order_relaxed);
    return real_malloc(size);
}

void *calloc(size_t count, size_t size) {
    if (!real_calloc) {
        static int resolving;
        if (resolving) return bootstrap_alloc(count * size);
        resolving = 1;
        real_calloc = dlsym(RTLD_NEXT, "calloc");
        resolving = 0;
    }
    atomic_fetch_add_explicit(&allocations, 1, memory_order_relaxed);
    return real_calloc(count, size);
}

void *realloc(void *block, size_t size) {
    if (!real_realloc) real_realloc = dlsym(RTLD_NEXT, "realloc");
    if (!block) atomic_fetch_add_explicit(&allocations, 1, memory_order_relaxed);
    return real_realloc(block, size);
}

int posix_memalign(void **block, size_t alignment, size_t size) {
    if (!real_posix_memalign) real_posix_memalign = dlsym(RTLD_NEXT, "posix_memalign");
    atomic_fetch_add_explicit(&allocations, 1, memory_order_relaxed);
    return real_posix_memalign(block, alignment, size);
}

void *aligned_alloc(size_t alignment, size_t size) {
    if (!real_aligned_alloc) real_aligned_alloc = dlsym(RTLD_NEXT, "aligned_alloc");
    atomic_fetch_add_explicit(&allocations, 1, memory_order_relaxed);
    return real_aligned_alloc(alignment, size);
}

void free(void *block) {
    static void (*real_free)(void *);
    if ((char *)block >= bootstrap && (char *)block < bootstrap + sizeof bootstrap) return;
    if (!real_free) real_free = dlsym(RTLD_NEXT, "free");
    real_free(block);
}
