// The few globals the core may use beyond ECMAScript: present alike in browsers, extension
// workers and Node 16+.
declare function atob(data: string): string;
declare function btoa(data: string): string;
