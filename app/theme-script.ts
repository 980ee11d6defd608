/**
 * Runs in <head> before the first paint: applies the colour scheme the reader chose with the
 * toggle (kept in localStorage), so a dark-mode reader never sees a flash of the light page.
 * Without a choice it does nothing and the CSS follows the system setting.
 */
export const THEME_STORAGE_KEY = "ladder-theme";

export const themeScript = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="dark"||t==="light")document.documentElement.dataset.theme=t}catch(e){}`;
