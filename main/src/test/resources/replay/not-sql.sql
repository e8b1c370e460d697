SELEC pk FROM {{table}}
