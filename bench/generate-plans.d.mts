/** Writes `files` synthetic but valid plan files with `tasksPerFile` tasks each into `dir`. */
export declare function generatePlans(dir: string, files: number, tasksPerFile: number): void;
