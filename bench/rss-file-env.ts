/** The variable through which the measuring parent tells the preload where to write the child's peak RSS. */
export const RSS_FILE_ENV = 'TZIMTZUM_BENCH_RSS_FILE';
