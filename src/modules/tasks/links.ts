/** Paths of the web pages that notifications and home cards point to (see web/src/features/tasks). */
export const links = {
  desk: '/ban-lam-viec',
  deskDocument: (documentId: string) => `/ban-lam-viec/van-ban/${documentId}`,
  myTasks: '/viec-cua-toi',
  task: (taskId: string) => `/viec-cua-toi/${taskId}`,
  deadlines: '/han-xu-ly',
};
