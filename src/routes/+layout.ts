// Every page is prerendered: a shared link shows real HTML at once, without JavaScript and inside WeChat.
export const prerender = true;
export const trailingSlash = 'never';
